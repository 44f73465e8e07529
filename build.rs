//! Embeds the icon and the version information into vanban.exe when building for Windows.
//! Other targets get nothing: the resource compiler (mingw's windres) is only needed there.

fn main() {
    println!("cargo:rerun-if-changed=assets/icon/vanban.ico");
    // CARGO_CFG_TARGET_OS is the target, not the host: this also runs when cross-building.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut res = winresource::WindowsResource::new();
    res.set_icon("assets/icon/vanban.ico")
        // Shown by Explorer (Properties → Details) and the task manager.
        .set(
            "FileDescription",
            "vanban — soạn thảo văn bản của cấp ủy Đảng",
        )
        .set("ProductName", "vanban")
        .set("OriginalFilename", "vanban.exe")
        .set("LegalCopyright", "vanban; fonts: SIL Open Font License 1.1")
        // 0x042A: Vietnamese.
        .set_language(0x042A);
    if let Err(e) = res.compile() {
        // A missing windres must stop the build: an exe without icon and version would ship.
        panic!(
            "cannot embed the Windows resources (is x86_64-w64-mingw32-windres installed?): {e}"
        );
    }
}
