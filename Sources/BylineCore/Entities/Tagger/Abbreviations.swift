/// Words that keep their period in the tokenizer (`Mr.`, `Sept.`, `Inc.`), lower-case ASCII.
enum Abbreviations {
  static let words: Set<[UInt8]> = Set(
    [
      "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
      "gov", "sen", "rep", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "bros", "plc",
      "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "no",
      "mt", "ft", "ave", "blvd", "dept", "fig", "approx", "pres", "supt", "messrs",
      "mln", "bln", "cf",
    ].map { Array($0.utf8) })
}
