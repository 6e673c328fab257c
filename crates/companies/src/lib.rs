//! The company collaboration program: companies map their business sites and suppliers as a
//! tree, print flyers with each site's worker code, and on the program's aggregation dates read
//! frozen, anonymous reports of what their workers flagged — under the rules of [`disclosure`].

pub mod disclosure;

pub static LOCALES: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/locales");
