// The catalogues are embedded with `include_dir!`, which cargo does not track: rebuild when a
// file under `locales/` is added or changed.
fn main() {
    println!("cargo:rerun-if-changed=locales");
}
