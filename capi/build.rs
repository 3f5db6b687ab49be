//! Gives libferroblas its SONAME, so the file `dist/lib/libferroblas.so.0`
//! is what programs linked against it look for.
fn main() {
    println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libferroblas.so.0");
}
