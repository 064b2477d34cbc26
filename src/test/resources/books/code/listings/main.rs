// ANCHOR: all
fn main() {
    // ANCHOR: body
    let answer = 6 * 7;
    println!("{answer}");
    // ANCHOR_END: body
}
// ANCHOR_END: all
