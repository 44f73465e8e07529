//! Format checker: rules over the model and the rule set (issue 5).
