/// The words the date, money and percentage rules know, lower case.
enum RuleWords {
  /// Month names and abbreviations → month number.
  static let months: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "jan.": 1, "feb": 2, "feb.": 2, "mar.": 3, "apr": 4, "apr.": 4, "jun.": 6, "jul.": 7,
    "aug": 8, "aug.": 8, "sep": 9, "sep.": 9, "sept": 9, "sept.": 9, "oct": 10, "oct.": 10,
    "nov": 11, "nov.": 11, "dec": 12, "dec.": 12,
  ]

  /// Days of the week.
  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  /// Words for a day relative to today.
  static let relativeDays: Set<String> = ["today", "yesterday", "tomorrow"]

  /// Words that turn a following period into a date (`last week`).
  static let relativeModifiers: Set<String> = ["last", "next", "this", "past", "coming"]

  /// Periods of time, singular and plural.
  static let periods: Set<String> = [
    "day", "days", "week", "weeks", "weekend", "weekends", "month", "months", "year", "years",
    "decade", "decades", "century", "centuries", "quarter", "quarters", "spring", "summer",
    "autumn", "fall", "winter", "season",
  ]

  /// Words after which a bare four-digit number is a year (`in 1969`).
  static let yearTriggers: Set<String> = [
    "in", "since", "by", "until", "till", "from", "during", "before", "after", "of", "to",
    "early", "late", "mid", "around", "circa", "between", "and", "year", "summer", "spring",
    "autumn", "winter", "fall", "through",
  ]

  /// Number words.
  static let numbers: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "a", "an", "several", "few", "dozen", "dozens", "half",
  ]

  /// Words that multiply a number.
  static let magnitudes: Set<String> = [
    "thousand", "million", "billion", "trillion", "m", "mn", "bn", "mln", "bln", "k", "tn",
    "crore", "lakh",
  ]

  /// Currency symbols (each one scalar).
  static let currencySymbols: Set<String> = [
    "$", "€", "£", "¥", "₩", "₹", "₽", "₺", "₪", "₱", "฿", "₦", "₴", "¢",
  ]

  /// Letters written right before `$` to say whose dollar (`US$`, `HK$`).
  static let dollarPrefixes: Set<String> = ["us", "a", "c", "hk", "nz", "s", "nt", "r", "z"]

  /// Currency names written after an amount.
  static let currencyNames: Set<String> = [
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "yuan",
    "renminbi", "won", "rupee", "rupees", "rouble", "roubles", "ruble", "rubles", "franc",
    "francs", "mark", "marks", "peso", "pesos", "real", "reais", "rand", "dinar", "dinars",
    "riyal", "riyals", "dirham", "dirhams", "lira", "liras", "lire", "krona", "kronor", "krone",
    "kroner", "shekel", "shekels", "baht", "ringgit", "rupiah", "cent", "cents", "pence",
    "naira", "hryvnia", "hryvnias", "zloty", "zlotys", "forint", "forints", "dong", "pesetas",
    "guilders", "escudos", "drachmas",
  ]

  /// Currency names that are also ordinary words: money only after a large or exact amount.
  static let ambiguousCurrencies: Set<String> = [
    "won", "mark", "marks", "real", "pound", "pounds", "dong", "rand", "cent", "franc",
  ]

  /// ISO currency codes written before or after an amount.
  static let currencyCodes: Set<String> = [
    "usd", "eur", "gbp", "jpy", "cny", "rmb", "krw", "rub", "inr", "chf", "cad", "aud", "hkd",
    "sgd", "nzd", "sek", "nok", "dkk", "brl", "mxn", "zar", "try",
  ]

  /// Words for "percent".
  static let percentWords: Set<String> = ["percent", "pct", "per-cent", "percentage"]

  /// Lower-case word (by FNV-1a hash of its UTF-8) → its ``RuleFlags``.
  static let flags: HashedMap<UInt64> = {
    var map = HashedMap<UInt64>(capacity: 512)
    func add(_ words: some Sequence<String>, _ flags: RuleFlags) {
      for word in words { map.formUnion(flags.rawValue, for: FeatureHash.of(word.utf8)) }
    }
    add(months.keys, .month)
    add(months.keys.filter { $0.count > 4 || $0 == "june" || $0 == "july" }, .standaloneMonth)
    add(["may"], .may)
    add(weekdays, .weekday)
    add(relativeDays, .relativeDay)
    add(relativeModifiers, .modifier)
    add(periods, .period)
    add(numbers.subtracting(["a", "an", "few"]), .numberWord)
    add(["a", "an"], .article)
    add(["few", "couple"], .few)
    add(["of"], .of)
    add(magnitudes, .magnitude)
    add(currencyNames, .currencyName)
    add(ambiguousCurrencies, .ambiguousCurrency)
    add(["dollar", "dollars"], .dollarName)
    add(currencyCodes, .currencyCode)
    add(currencySymbols, .currencySymbol)
    add(dollarPrefixes, .dollarPrefix)
    add(["$"], .dollarSign)
    add(["%"], .percentSign)
    add(["percent", "pct", "per-cent"], .percentWord)
    add(["percentage"], .percentage)
    add(["point", "points"], .point)
    add(["per"], .per)
    add(["cent"], .cent)
    add(["ago"], .ago)
    add(["and", "to", "-"], .rangeJoiner)
    add([","], .comma)
    add(["/"], .slash)
    add(["between"], .between)
    add(["the"], .the)
    add(yearTriggers, .yearTrigger)
    add(["morning", "afternoon", "evening", "night"], .dayPart)
    add(["programme", "program", "show"], .programme)
    add(["'s", "\u{2019}s"], .possessive)
    add(
      ["on", "by", "until", "till", "since", "from", "every", "before", "after"], .dayPreposition)
    return map
  }()
}
