// The catalogues are embedded with `include_dir!`, which cargo does not track.
fn main() {
    println!("cargo:rerun-if-changed=locales");
}
