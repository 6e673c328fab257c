// The catalogues and the starter content are embedded with `include_dir!`, which cargo does not
// track: rebuild when a file under `locales/` or `content/` is added or changed.
fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=content");
}
