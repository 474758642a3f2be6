fn main() {
    beleidsagenda::start();
}
