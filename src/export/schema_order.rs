//! ECMA-376 (Transitional) element order for the WordprocessingML parts docx-rs writes.
//!
//! docx-rs writes some children out of their schema sequence (`w:rPr` first in `w:pPr`,
//! `w:jc` before `w:spacing`, `w:rPr` before `w:name` in a style, header references after
//! `w:pgSz`…) and a few things the schema forbids (`w:rPr` in a style's `w:pPr`,
//! `w:gridCol/@w:type`). Word is strict about both. This pass parses a part into a small
//! tree, stably re-sorts the children of the property containers into their sequence
//! (wml.xsd: CT_PPr, CT_RPr, CT_Style, CT_SectPr, CT_Settings, CT_TblPr, CT_TcPr, CT_Lvl…),
//! drops what the schema forbids, and writes the part back. Text and attribute values are
//! kept as written (still escaped), so the pass changes nothing but order.

use crate::error::Error;
use quick_xml::events::Event;
use quick_xml::Reader;

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Element(Element),
    /// Escaped character data, comments and the like, written back verbatim.
    Raw(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    /// Qualified name as written ("w:pPr").
    pub name: String,
    /// Attributes, values still escaped.
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
    /// The original start tag's inside (between `<` and `>` or `/>`), reused on output while
    /// the attributes are unchanged so that untouched markup stays byte for byte.
    raw_tag: Option<String>,
}

impl Element {
    pub fn new(name: &str) -> Self {
        Element {
            name: name.into(),
            attrs: Vec::new(),
            children: Vec::new(),
            raw_tag: None,
        }
    }

    pub fn attr(mut self, name: &str, value: &str) -> Self {
        self.set_attr(name, value);
        self
    }

    pub fn child(mut self, c: Element) -> Self {
        self.children.push(Node::Element(c));
        self
    }

    pub fn get_attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn set_attr(&mut self, name: &str, value: &str) {
        self.raw_tag = None;
        match self.attrs.iter_mut().find(|(n, _)| n == name) {
            Some(a) => a.1 = value.into(),
            None => self.attrs.push((name.into(), value.into())),
        }
    }

    pub fn remove_attr(&mut self, name: &str) {
        if self.attrs.iter().any(|(n, _)| n == name) {
            self.raw_tag = None;
            self.attrs.retain(|(n, _)| n != name);
        }
    }

    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Raw(_) => None,
        })
    }

    pub fn elements_mut(&mut self) -> impl Iterator<Item = &mut Element> {
        self.children.iter_mut().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Raw(_) => None,
        })
    }

    /// The first child named `name`, appended (empty) when there is none.
    pub fn find_or_add(&mut self, name: &str) -> &mut Element {
        let at = match self
            .children
            .iter()
            .position(|n| matches!(n, Node::Element(e) if e.name == name))
        {
            Some(i) => i,
            None => {
                self.children.push(Node::Element(Element::new(name)));
                self.children.len() - 1
            }
        };
        match &mut self.children[at] {
            Node::Element(e) => e,
            Node::Raw(_) => unreachable!("position matched an element"),
        }
    }

    /// Whether any descendant (or this element) is named `name`.
    pub fn contains(&self, name: &str) -> bool {
        self.name == name || self.elements().any(|e| e.contains(name))
    }

    fn local(&self) -> &str {
        local(&self.name)
    }
}

fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

/// A parsed part: what precedes the root (the XML declaration) and the root element.
#[derive(Debug, Clone)]
pub struct Part {
    pub prolog: String,
    pub root: Element,
}

pub fn parse(xml: &[u8]) -> Result<Part, Error> {
    let err = |e: String| Error::Export(format!("XML part: {e}"));
    let mut reader = Reader::from_reader(xml);
    let mut prolog = String::new();
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    let utf8 = |b: &[u8]| String::from_utf8(b.to_vec()).map_err(|e| err(e.to_string()));
    let mut buf = Vec::new();
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|e| err(e.to_string()))?;
        let node = match ev {
            Event::Eof => break,
            Event::Start(s) => {
                stack.push(element_from(&s)?);
                None
            }
            Event::Empty(s) => Some(Node::Element(element_from(&s)?)),
            Event::End(_) => {
                let el = stack
                    .pop()
                    .ok_or_else(|| err("unbalanced end tag".into()))?;
                Some(Node::Element(el))
            }
            Event::Decl(d) => {
                prolog.push_str(&format!("<?{}?>", utf8(&d)?));
                None
            }
            leaf => Some(Node::Raw(raw(&leaf)?)),
        };
        if let Some(node) = node {
            match stack.last_mut() {
                Some(parent) => parent.children.push(node),
                None => {
                    if let Node::Element(e) = node {
                        root = Some(e);
                    }
                }
            }
        }
        buf.clear();
    }
    if !stack.is_empty() {
        return Err(err("unclosed element".into()));
    }
    let root = root.ok_or_else(|| err("no root element".into()))?;
    Ok(Part { prolog, root })
}

/// A node that is not an element (text, reference, CDATA, comment, processing instruction,
/// doctype) as it is written back: verbatim, still escaped.
fn raw(ev: &Event) -> Result<String, Error> {
    let utf8 = |b: &[u8]| {
        String::from_utf8(b.to_vec()).map_err(|e| Error::Export(format!("XML part: {e}")))
    };
    Ok(match ev {
        Event::Text(t) => utf8(t)?,
        Event::GeneralRef(r) => format!("&{};", utf8(r)?),
        Event::CData(c) => format!("<![CDATA[{}]]>", utf8(c)?),
        Event::Comment(c) => format!("<!--{}-->", utf8(c)?),
        Event::PI(p) => format!("<?{}?>", utf8(p)?),
        Event::DocType(d) => format!("<!DOCTYPE {}>", utf8(d)?),
        Event::Decl(d) => format!("<?{}?>", utf8(d)?),
        // Elements and the end are read by the callers.
        Event::Start(_) | Event::Empty(_) | Event::End(_) | Event::Eof => String::new(),
    })
}

fn element_from(s: &quick_xml::events::BytesStart) -> Result<Element, Error> {
    let err = |e: String| Error::Export(format!("XML part: {e}"));
    let utf8 = |b: &[u8]| String::from_utf8(b.to_vec()).map_err(|e| err(e.to_string()));
    let mut attrs = Vec::new();
    for a in s.attributes() {
        let a = a.map_err(|e| err(e.to_string()))?;
        attrs.push((utf8(a.key.as_ref())?, utf8(&a.value)?));
    }
    Ok(Element {
        name: utf8(s.name().as_ref())?,
        attrs,
        children: Vec::new(),
        raw_tag: Some(utf8(s)?),
    })
}

impl Part {
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = String::with_capacity(4096);
        out.push_str(&self.prolog);
        write_element(&self.root, &mut out);
        out.into_bytes()
    }
}

fn write_element(e: &Element, out: &mut String) {
    out.push('<');
    match &e.raw_tag {
        // `<w:b />` keeps its space; a start tag that gained children loses it.
        Some(raw) if e.children.is_empty() => out.push_str(raw),
        Some(raw) => out.push_str(raw.trim_end()),
        None => {
            out.push_str(&e.name);
            for (n, v) in &e.attrs {
                out.push(' ');
                out.push_str(n);
                out.push_str("=\"");
                out.push_str(v);
                out.push('"');
            }
            if e.children.is_empty() {
                out.push(' ');
            }
        }
    }
    if e.children.is_empty() {
        out.push_str("/>");
        return;
    }
    out.push('>');
    for c in &e.children {
        match c {
            Node::Element(c) => write_element(c, out),
            Node::Raw(s) => out.push_str(s),
        }
    }
    out.push_str("</");
    out.push_str(&e.name);
    out.push('>');
}

/// Content models of the containers we re-sort: child local names in sequence order.
/// Names within one slot (`a|b`) share a rank (an unbounded choice). Names not listed keep
/// the rank of the child before them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// CT_PPr: a paragraph's own properties (may end with rPr, sectPr).
    PPr,
    /// CT_PPrBase (+ pPrChange): in styles, docDefaults and numbering levels.
    PPrGeneral,
    RPr,
    ParaRPr,
    Style,
    Styles,
    DocDefaults,
    SectPr,
    Settings,
    Compat,
    TblPr,
    TcPr,
    TblBorders,
    PBdr,
    Lvl,
    AbstractNum,
    Numbering,
    FtnDocProps,
    Tbl,
    Row,
    Tc,
    P,
    R,
    /// Anything else: children are visited but not re-sorted.
    Other,
}

const PPR_BASE: &[&str] = &[
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
];

/// ECMA-376 1st edition's run property sequence, which Word and the Open XML SDK hold to
/// (the Transitional XSD's choice tolerates any order).
const RPR: &[&str] = &[
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
    "rPrChange",
];

const STYLE: &[&str] = &[
    "name",
    "aliases",
    "basedOn",
    "next",
    "link",
    "autoRedefine",
    "hidden",
    "uiPriority",
    "semiHidden",
    "unhideWhenUsed",
    "qFormat",
    "locked",
    "personal",
    "personalCompose",
    "personalReply",
    "rsid",
    "pPr",
    "rPr",
    "tblPr",
    "trPr",
    "tcPr",
    "tblStylePr",
];

const SECT_PR: &[&str] = &[
    "headerReference|footerReference",
    "footnotePr",
    "endnotePr",
    "type",
    "pgSz",
    "pgMar",
    "paperSrc",
    "pgBorders",
    "lnNumType",
    "pgNumType",
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    "rtlGutter",
    "docGrid",
    "printerSettings",
    "sectPrChange",
];

const SETTINGS: &[&str] = &[
    "writeProtection",
    "view",
    "zoom",
    "removePersonalInformation",
    "removeDateAndTime",
    "doNotDisplayPageBoundaries",
    "displayBackgroundShape",
    "printPostScriptOverText",
    "printFractionalCharacterWidth",
    "printFormsData",
    "embedTrueTypeFonts",
    "embedSystemFonts",
    "saveSubsetFonts",
    "saveFormsData",
    "mirrorMargins",
    "alignBordersAndEdges",
    "bordersDoNotSurroundHeader",
    "bordersDoNotSurroundFooter",
    "gutterAtTop",
    "hideSpellingErrors",
    "hideGrammaticalErrors",
    "activeWritingStyle",
    "proofState",
    "formsDesign",
    "attachedTemplate",
    "linkStyles",
    "stylePaneFormatFilter",
    "stylePaneSortMethod",
    "documentType",
    "mailMerge",
    "revisionView",
    "trackRevisions",
    "doNotTrackMoves",
    "doNotTrackFormatting",
    "documentProtection",
    "autoFormatOverride",
    "styleLockTheme",
    "styleLockQFSet",
    "defaultTabStop",
    "autoHyphenation",
    "consecutiveHyphenLimit",
    "hyphenationZone",
    "doNotHyphenateCaps",
    "showEnvelope",
    "summaryLength",
    "clickAndTypeStyle",
    "defaultTableStyle",
    "evenAndOddHeaders",
    "bookFoldRevPrinting",
    "bookFoldPrinting",
    "bookFoldPrintingSheets",
    "drawingGridHorizontalSpacing",
    "drawingGridVerticalSpacing",
    "displayHorizontalDrawingGridEvery",
    "displayVerticalDrawingGridEvery",
    "doNotUseMarginsForDrawingGridOrigin",
    "drawingGridHorizontalOrigin",
    "drawingGridVerticalOrigin",
    "doNotShadeFormData",
    "noPunctuationKerning",
    "characterSpacingControl",
    "printTwoOnOne",
    "strictFirstAndLastChars",
    "noLineBreaksAfter",
    "noLineBreaksBefore",
    "savePreviewPicture",
    "doNotValidateAgainstSchema",
    "saveInvalidXml",
    "ignoreMixedContent",
    "alwaysShowPlaceholderText",
    "doNotDemarcateInvalidXml",
    "saveXmlDataOnly",
    "useXSLTWhenSaving",
    "saveThroughXslt",
    "showXMLTags",
    "alwaysMergeEmptyNamespace",
    "updateFields",
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
];

const COMPAT: &[&str] = &[
    "useSingleBorderforContiguousCells",
    "wpJustification",
    "noTabHangInd",
    "noLeading",
    "spaceForUL",
    "noColumnBalance",
    "balanceSingleByteDoubleByteWidth",
    "noExtraLineSpacing",
    "doNotLeaveBackslashAlone",
    "ulTrailSpace",
    "doNotExpandShiftReturn",
    "spacingInWholePoints",
    "lineWrapLikeWord6",
    "printBodyTextBeforeHeader",
    "printColBlack",
    "wpSpaceWidth",
    "showBreaksInFrames",
    "subFontBySize",
    "suppressBottomSpacing",
    "suppressTopSpacing",
    "suppressSpacingAtTopOfPage",
    "suppressTopSpacingWP",
    "suppressSpBfAfterPgBrk",
    "swapBordersFacingPages",
    "convMailMergeEsc",
    "truncateFontHeightsLikeWP6",
    "mwSmallCaps",
    "usePrinterMetrics",
    "doNotSuppressParagraphBorders",
    "wrapTrailSpaces",
    "footnoteLayoutLikeWW8",
    "shapeLayoutLikeWW8",
    "alignTablesRowByRow",
    "forgetLastTabAlignment",
    "adjustLineHeightInTable",
    "autoSpaceLikeWord95",
    "noSpaceRaiseLower",
    "doNotUseHTMLParagraphAutoSpacing",
    "layoutRawTableWidth",
    "layoutTableRowsApart",
    "useWord97LineBreakRules",
    "doNotBreakWrappedTables",
    "doNotSnapToGridInCell",
    "selectFldWithFirstOrLastChar",
    "applyBreakingRules",
    "doNotWrapTextWithPunct",
    "doNotUseEastAsianBreakRules",
    "useWord2002TableStyleRules",
    "growAutofit",
    "useFELayout",
    "useNormalStyleForList",
    "doNotUseIndentAsNumberingTabStop",
    "useAltKinsokuLineBreakRules",
    "allowSpaceOfSameStyleInTable",
    "doNotSuppressIndentation",
    "doNotAutofitConstrainedTables",
    "autofitToFirstFixedWidthCell",
    "underlineTabInNumList",
    "displayHangulFixedWidth",
    "splitPgBreakAndParaMark",
    "doNotVertAlignCellWithSp",
    "doNotBreakConstrainedForcedTable",
    "doNotVertAlignInTxbx",
    "useAnsiKerningPairs",
    "cachedColBalance",
    "compatSetting",
];

const TBL_PR: &[&str] = &[
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
    "tblPrChange",
];

const TC_PR: &[&str] = &[
    "cnfStyle",
    "tcW",
    "gridSpan",
    "hMerge",
    "vMerge",
    "tcBorders",
    "shd",
    "noWrap",
    "tcMar",
    "textDirection",
    "tcFitText",
    "vAlign",
    "hideMark",
    "headers",
    "cellIns|cellDel|cellMerge",
    "tcPrChange",
];

const BORDERS: &[&str] = &[
    "top", "start", "left", "bottom", "end", "right", "insideH", "insideV", "tl2br", "tr2bl",
];
const P_BDR: &[&str] = &["top", "left", "bottom", "right", "between", "bar"];
const LVL: &[&str] = &[
    "start",
    "numFmt",
    "lvlRestart",
    "pStyle",
    "isLgl",
    "suff",
    "lvlText",
    "lvlPicBulletId",
    "legacy",
    "lvlJc",
    "pPr",
    "rPr",
];
const ABSTRACT_NUM: &[&str] = &[
    "nsid",
    "multiLevelType",
    "tmpl",
    "name",
    "styleLink",
    "numStyleLink",
    "lvl",
];
const NUMBERING: &[&str] = &["numPicBullet", "abstractNum", "num", "numIdMacAtCleanup"];
const FTN_DOC_PROPS: &[&str] = &["pos", "numFmt", "numStart", "numRestart", "footnote"];
const STYLES: &[&str] = &["docDefaults", "latentStyles", "style"];
const DOC_DEFAULTS: &[&str] = &["rPrDefault", "pPrDefault"];
const TBL: &[&str] = &["tblPr", "tblGrid"];
const ROW: &[&str] = &["tblPrEx", "trPr"];
const FIRST_PPR: &[&str] = &["pPr"];
const FIRST_RPR: &[&str] = &["rPr"];
const FIRST_TCPR: &[&str] = &["tcPr"];

impl Kind {
    /// The sequence, as slots; `None` for containers we do not re-sort.
    fn sequence(self) -> Option<Vec<&'static str>> {
        let base = |v: &[&'static str]| Some(v.to_vec());
        match self {
            Kind::PPr => {
                let mut v = PPR_BASE.to_vec();
                v.extend(["rPr", "sectPr", "pPrChange"]);
                Some(v)
            }
            Kind::PPrGeneral => {
                let mut v = PPR_BASE.to_vec();
                v.push("pPrChange");
                Some(v)
            }
            Kind::RPr => base(RPR),
            Kind::ParaRPr => {
                let mut v = vec!["ins", "del", "moveFrom", "moveTo"];
                v.extend(RPR);
                Some(v)
            }
            Kind::Style => base(STYLE),
            Kind::Styles => base(STYLES),
            Kind::DocDefaults => base(DOC_DEFAULTS),
            Kind::SectPr => base(SECT_PR),
            Kind::Settings => base(SETTINGS),
            Kind::Compat => base(COMPAT),
            Kind::TblPr => base(TBL_PR),
            Kind::TcPr => base(TC_PR),
            Kind::TblBorders => base(BORDERS),
            Kind::PBdr => base(P_BDR),
            Kind::Lvl => base(LVL),
            Kind::AbstractNum => base(ABSTRACT_NUM),
            Kind::Numbering => base(NUMBERING),
            Kind::FtnDocProps => base(FTN_DOC_PROPS),
            // Leading property elements; everything after them keeps its order.
            Kind::Tbl => base(TBL),
            Kind::Row => base(ROW),
            Kind::Tc => base(FIRST_TCPR),
            Kind::P => base(FIRST_PPR),
            Kind::R => base(FIRST_RPR),
            Kind::Other => None,
        }
    }

    /// Containers whose model is "properties first, then content": only the listed
    /// leading elements move, everything else keeps its order after them.
    fn leading_only(self) -> bool {
        matches!(self, Kind::Tbl | Kind::Row | Kind::Tc | Kind::P | Kind::R)
    }

    /// Children the schema does not allow here.
    fn forbidden(self) -> &'static [&'static str] {
        match self {
            // docx-rs writes an (empty) rPr into every pPr, also where CT_PPrGeneral has
            // no place for it.
            Kind::PPrGeneral => &["rPr", "sectPr"],
            _ => &[],
        }
    }

    /// The kind of a child element named `name` (local name) of this container.
    fn child(self, name: &str) -> Kind {
        match (self, name) {
            (Kind::P, "pPr") => Kind::PPr,
            (_, "pPr") => Kind::PPrGeneral,
            (Kind::PPr, "rPr") => Kind::ParaRPr,
            (_, "rPr") => Kind::RPr,
            (_, "style") => Kind::Style,
            (_, "styles") => Kind::Styles,
            (_, "docDefaults") => Kind::DocDefaults,
            (_, "sectPr") => Kind::SectPr,
            (_, "settings") => Kind::Settings,
            (Kind::Settings, "compat") => Kind::Compat,
            (Kind::Settings, "footnotePr" | "endnotePr") => Kind::FtnDocProps,
            (_, "tblPr") => Kind::TblPr,
            (_, "tcPr") => Kind::TcPr,
            (_, "tblBorders" | "tcBorders") => Kind::TblBorders,
            (_, "pBdr") => Kind::PBdr,
            (_, "lvl") => Kind::Lvl,
            (_, "abstractNum") => Kind::AbstractNum,
            (_, "numbering") => Kind::Numbering,
            (_, "tbl") => Kind::Tbl,
            (_, "tr") => Kind::Row,
            (_, "tc") => Kind::Tc,
            (_, "p") => Kind::P,
            (_, "r") => Kind::R,
            _ => Kind::Other,
        }
    }
}

/// Re-sorts and cleans a WordprocessingML part's tree in place.
pub fn normalize(root: &mut Element) {
    let kind = Kind::Other.child(root.local());
    visit(root, kind);
}

fn visit(e: &mut Element, kind: Kind) {
    let forbidden = kind.forbidden();
    if !forbidden.is_empty() {
        e.children.retain(|n| match n {
            Node::Element(c) => !forbidden.contains(&c.local()),
            Node::Raw(_) => true,
        });
    }
    if e.local() == "gridCol" {
        // CT_TblGridCol has w:w only.
        e.remove_attr("w:type");
    }
    if let Some(seq) = kind.sequence() {
        sort_children(e, &seq, kind.leading_only());
    }
    for c in e.elements_mut() {
        let k = kind.child(c.local());
        visit(c, k);
    }
}

fn rank(seq: &[&str], name: &str) -> Option<usize> {
    seq.iter()
        .position(|slot| slot.split('|').any(|n| n == name))
}

/// Stable sort by sequence rank. Unlisted elements and text keep the rank of the node
/// before them, so they travel with it; with `leading_only` (P, R, Tc…) unlisted content
/// ranks after every listed slot.
fn sort_children(e: &mut Element, seq: &[&str], leading_only: bool) {
    let mut last = 0usize;
    let mut keyed: Vec<(usize, Node)> = Vec::with_capacity(e.children.len());
    let tail = seq.len();
    for n in e.children.drain(..) {
        let r = match &n {
            Node::Element(c) => match rank(seq, c.local()) {
                Some(r) => r,
                None if leading_only => tail,
                None => last,
            },
            Node::Raw(_) => last,
        };
        last = r;
        keyed.push((r, n));
    }
    keyed.sort_by_key(|(r, _)| *r);
    e.children = keyed.into_iter().map(|(_, n)| n).collect();
}

/// Parses, normalizes and writes back one part: the root is the one block.
pub fn normalize_part(xml: &[u8]) -> Result<Vec<u8>, Error> {
    normalize_part_by_block(xml, 0)
}

/// Like `normalize_part`, for a part whose root holds a long run of independent blocks (the
/// document's body: paragraphs and tables): the ancestors above `depth` are copied through
/// as written — no content model applies to `w:document` or `w:body` — and each element
/// `depth` levels down is parsed, normalized and written on its own. Memory then follows
/// one block, not the whole document (a 100 000-paragraph draft would otherwise hold a
/// tree of every paragraph at once).
pub fn normalize_part_by_block(xml: &[u8], depth: usize) -> Result<Vec<u8>, Error> {
    let err = |e: String| Error::Export(format!("XML part: {e}"));
    let utf8 = |b: &[u8]| String::from_utf8(b.to_vec()).map_err(|e| err(e.to_string()));
    let mut reader = Reader::from_reader(xml);
    let mut out = String::with_capacity(xml.len() + xml.len() / 16);
    // Ancestors copied through: name and content kind.
    let mut open: Vec<(String, Kind)> = Vec::new();
    // The block being built, and its ancestors inside it.
    let mut stack: Vec<Element> = Vec::new();
    let kind_below = |open: &[(String, Kind)], name: &str| {
        let parent = open.last().map_or(Kind::Other, |(_, k)| *k);
        parent.child(local(name))
    };
    let mut buf = Vec::new();
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|e| err(e.to_string()))?;
        // A finished block, or a node to add to the block being built.
        let mut done: Option<Node> = None;
        match ev {
            Event::Eof => break,
            Event::Start(s) if stack.is_empty() && open.len() < depth => {
                let name = utf8(s.name().as_ref())?;
                out.push('<');
                out.push_str(&utf8(&s)?);
                out.push('>');
                let kind = kind_below(&open, &name);
                open.push((name, kind));
            }
            Event::Start(s) => stack.push(element_from(&s)?),
            Event::Empty(s) => done = Some(Node::Element(element_from(&s)?)),
            Event::End(_) if stack.is_empty() => {
                let (name, _) = open.pop().ok_or_else(|| err("unbalanced end tag".into()))?;
                out.push_str("</");
                out.push_str(&name);
                out.push('>');
            }
            Event::End(_) => {
                let el = stack
                    .pop()
                    .ok_or_else(|| err("unbalanced end tag".into()))?;
                done = Some(Node::Element(el));
            }
            Event::Decl(d) => out.push_str(&format!("<?{}?>", utf8(&d)?)),
            leaf => done = Some(Node::Raw(raw(&leaf)?)),
        }
        match (done, stack.last_mut()) {
            (Some(node), Some(parent)) => parent.children.push(node),
            (Some(Node::Element(mut block)), None) => {
                let kind = kind_below(&open, &block.name);
                visit(&mut block, kind);
                write_element(&block, &mut out);
            }
            (Some(Node::Raw(raw)), None) => out.push_str(&raw),
            (None, _) => {}
        }
        buf.clear();
    }
    if !stack.is_empty() || !open.is_empty() {
        return Err(err("unclosed element".into()));
    }
    Ok(out.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        String::from_utf8(normalize_part(s.as_bytes()).unwrap()).unwrap()
    }

    #[test]
    fn block_by_block_equals_whole_part() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="x"><w:body><w:p><w:pPr><w:rPr /><w:jc w:val="both" /><w:pStyle w:val="X" /></w:pPr><w:r><w:rPr><w:sz w:val="28" /><w:b /></w:rPr><w:t xml:space="preserve">a &amp; b</w:t></w:r></w:p><w:tbl><w:tblPr><w:tblLayout w:type="fixed" /><w:tblW w:w="9354" w:type="dxa" /></w:tblPr><w:tblGrid><w:gridCol w:w="10" w:type="dxa" /></w:tblGrid></w:tbl><w:p /><w:sectPr><w:pgSz w:w="1" /><w:headerReference r:id="a" /></w:sectPr></w:body></w:document>"#;
        let whole = normalize_part(xml.as_bytes()).unwrap();
        let blocks = normalize_part_by_block(xml.as_bytes(), 2).unwrap();
        assert_eq!(
            String::from_utf8(blocks).unwrap(),
            String::from_utf8(whole).unwrap()
        );
    }

    #[test]
    fn paragraph_properties_in_sequence() {
        let got = norm(
            r#"<w:p><w:pPr><w:rPr /><w:jc w:val="both" /><w:spacing w:before="0" /><w:pStyle w:val="X" /></w:pPr><w:r><w:t xml:space="preserve">a &amp; b</w:t></w:r></w:p>"#,
        );
        assert_eq!(
            got,
            r#"<w:p><w:pPr><w:pStyle w:val="X" /><w:spacing w:before="0" /><w:jc w:val="both" /><w:rPr /></w:pPr><w:r><w:t xml:space="preserve">a &amp; b</w:t></w:r></w:p>"#
        );
    }

    #[test]
    fn style_order_and_no_rpr_in_style_ppr() {
        let got = norm(
            r#"<w:styles><w:style w:styleId="A"><w:name w:val="A" /><w:rPr><w:sz w:val="28" /><w:b /><w:rFonts w:ascii="T" /></w:rPr><w:pPr><w:rPr /><w:jc w:val="center" /><w:ind w:left="0" /></w:pPr><w:next w:val="B" /><w:qFormat /><w:basedOn w:val="B" /></w:style></w:styles>"#,
        );
        assert_eq!(
            got,
            r#"<w:styles><w:style w:styleId="A"><w:name w:val="A" /><w:basedOn w:val="B" /><w:next w:val="B" /><w:qFormat /><w:pPr><w:ind w:left="0" /><w:jc w:val="center" /></w:pPr><w:rPr><w:rFonts w:ascii="T" /><w:b /><w:sz w:val="28" /></w:rPr></w:style></w:styles>"#
        );
    }

    #[test]
    fn section_headers_first_and_grid_without_type() {
        let got = norm(
            r#"<w:body><w:tbl><w:tblGrid><w:gridCol w:w="10" w:type="dxa" /></w:tblGrid></w:tbl><w:sectPr><w:pgSz w:w="1" /><w:pgMar w:top="1" /><w:headerReference w:type="default" r:id="a" /><w:titlePg /></w:sectPr></w:body>"#,
        );
        assert_eq!(
            got,
            r#"<w:body><w:tbl><w:tblGrid><w:gridCol w:w="10" /></w:tblGrid></w:tbl><w:sectPr><w:headerReference w:type="default" r:id="a" /><w:pgSz w:w="1" /><w:pgMar w:top="1" /><w:titlePg /></w:sectPr></w:body>"#
        );
    }

    #[test]
    fn settings_and_numbering_levels() {
        let got = norm(
            r#"<w:settings><w:defaultTabStop w:val="840" /><w:compat /><w:mirrorMargins /><w:zoom w:percent="100" /></w:settings>"#,
        );
        assert_eq!(
            got,
            r#"<w:settings><w:zoom w:percent="100" /><w:mirrorMargins /><w:defaultTabStop w:val="840" /><w:compat /></w:settings>"#
        );
        let got = norm(
            r#"<w:numbering><w:num w:numId="1" /><w:abstractNum><w:lvl w:ilvl="0"><w:start w:val="1" /><w:pPr><w:rPr /><w:ind w:left="420" /></w:pPr><w:rPr /></w:lvl></w:abstractNum></w:numbering>"#,
        );
        assert_eq!(
            got,
            r#"<w:numbering><w:abstractNum><w:lvl w:ilvl="0"><w:start w:val="1" /><w:pPr><w:ind w:left="420" /></w:pPr><w:rPr /></w:lvl></w:abstractNum><w:num w:numId="1" /></w:numbering>"#
        );
    }

    #[test]
    fn declaration_and_compact_empty_tags_survive() {
        let src = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:r><w:footnoteRef/><w:t>x</w:t></w:r>"#;
        assert_eq!(norm(src), src);
    }
}
