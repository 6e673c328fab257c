// The catalogues and question banks are embedded with `include_dir!`, which cargo does not
// track: rebuild when a file under `locales/` or `banks/` is added or changed.
fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=banks");
    println!("cargo:rerun-if-changed=data");
}
