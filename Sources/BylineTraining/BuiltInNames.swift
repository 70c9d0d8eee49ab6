/// Byline's own name lists for the gazetteer, written for this project: everyday country names
/// the ISO lists do not use, large cities, nationality adjectives, common given names and
/// well-known international organisations, agencies and institutions.
enum BuiltInNames {
  /// Short and everyday country names.
  static let countries = [
    "United States", "United States of America", "America", "U.S.", "U.S.A.", "US", "USA",
    "Britain", "Great Britain", "U.K.", "UK", "England", "Scotland", "Wales", "Northern Ireland",
    "Russia", "South Korea", "North Korea", "Korea", "Iran", "Syria", "Taiwan", "Vietnam", "Laos",
    "Bolivia", "Venezuela", "Tanzania", "Moldova", "Czech Republic", "Czechia", "Ivory Coast",
    "Holland", "the Netherlands", "Macedonia", "Burma", "Vatican", "Palestine", "Congo",
    "Democratic Republic of Congo", "Zaire", "Yugoslavia", "Soviet Union", "USSR", "East Timor",
    "Bosnia", "Herzegovina", "Hong Kong", "Macau", "Micronesia", "Brunei", "Cape Verde",
    "Swaziland", "Turkey", "Turkiye", "UAE", "Emirates", "Gaza", "West Bank", "Kosovo", "Tibet",
  ]

  /// Large cities and capitals.
  static let cities = [
    "New York", "Los Angeles", "Chicago", "Houston", "Washington", "Boston", "San Francisco",
    "Seattle", "Miami", "Atlanta", "Dallas", "Detroit", "Philadelphia", "Denver", "Las Vegas",
    "New Orleans", "Toronto", "Montreal", "Vancouver", "Ottawa", "Mexico City", "Havana",
    "Bogota", "Lima", "Caracas", "Santiago", "Buenos Aires", "Sao Paulo", "São Paulo",
    "Rio de Janeiro", "Brasilia", "Montevideo", "Quito", "La Paz", "London", "Paris", "Berlin",
    "Madrid", "Barcelona", "Rome", "Milan", "Naples", "Lisbon", "Dublin", "Edinburgh",
    "Manchester", "Liverpool", "Birmingham", "Brussels", "Amsterdam", "The Hague", "Rotterdam",
    "Luxembourg", "Geneva", "Zurich", "Bern", "Vienna", "Prague", "Warsaw", "Budapest",
    "Bucharest", "Sofia", "Belgrade", "Zagreb", "Sarajevo", "Ljubljana", "Athens", "Istanbul",
    "Ankara", "Copenhagen", "Oslo", "Stockholm", "Helsinki", "Reykjavik", "Tallinn", "Riga",
    "Vilnius", "Minsk", "Kiev", "Kyiv", "Moscow", "St Petersburg", "St. Petersburg",
    "Vladivostok", "Novosibirsk", "Tbilisi", "Yerevan", "Baku", "Frankfurt", "Munich",
    "Hamburg", "Cologne", "Bonn", "Lyon", "Marseille", "Tehran", "Baghdad", "Damascus",
    "Beirut", "Amman", "Jerusalem", "Tel Aviv", "Riyadh", "Jeddah", "Mecca", "Dubai",
    "Abu Dhabi", "Doha", "Kuwait City", "Muscat", "Sanaa", "Cairo", "Alexandria", "Tripoli",
    "Tunis", "Algiers", "Rabat", "Casablanca", "Khartoum", "Addis Ababa", "Nairobi", "Kampala",
    "Kigali", "Kinshasa", "Lagos", "Abuja", "Accra", "Dakar", "Johannesburg", "Pretoria",
    "Cape Town", "Harare", "Lusaka", "Luanda", "Maputo", "Mogadishu", "Kabul", "Islamabad",
    "Karachi", "Lahore", "New Delhi", "Delhi", "Mumbai", "Bombay", "Calcutta", "Kolkata",
    "Chennai", "Madras", "Bangalore", "Dhaka", "Colombo", "Kathmandu", "Beijing", "Peking",
    "Shanghai", "Guangzhou", "Shenzhen", "Wuhan", "Chongqing", "Tianjin", "Hong Kong",
    "Taipei", "Tokyo", "Osaka", "Kyoto", "Yokohama", "Seoul", "Busan", "Pusan", "Pyongyang",
    "Hanoi", "Ho Chi Minh City", "Saigon", "Bangkok", "Phnom Penh", "Vientiane", "Yangon",
    "Rangoon", "Kuala Lumpur", "Singapore", "Jakarta", "Manila", "Sydney", "Melbourne",
    "Canberra", "Brisbane", "Perth", "Auckland", "Wellington", "Tashkent", "Almaty", "Astana",
    "Bishkek", "Dushanbe", "Ashgabat", "Ulan Bator", "Ulaanbaatar", "Gaza City", "Ramallah",
    "Kandahar", "Mosul", "Basra", "Aleppo", "Homs", "Benghazi", "Sevastopol", "Donetsk",
    "Kharkiv", "Odessa", "Lviv",
  ]

  /// Nationality and demonym adjectives.
  static let nationalities = [
    "American", "British", "English", "Scottish", "Welsh", "Irish", "French", "German",
    "Italian", "Spanish", "Portuguese", "Dutch", "Belgian", "Swiss", "Austrian", "Swedish",
    "Norwegian", "Danish", "Finnish", "Icelandic", "Polish", "Czech", "Slovak", "Hungarian",
    "Romanian", "Bulgarian", "Serbian", "Croatian", "Bosnian", "Slovenian", "Albanian", "Greek",
    "Turkish", "Cypriot", "Russian", "Ukrainian", "Belarusian", "Lithuanian", "Latvian",
    "Estonian", "Georgian", "Armenian", "Azerbaijani", "Kazakh", "Uzbek", "Chinese", "Japanese",
    "Korean", "North Korean", "South Korean", "Taiwanese", "Vietnamese", "Thai", "Cambodian",
    "Laotian", "Burmese", "Malaysian", "Singaporean", "Indonesian", "Filipino", "Philippine",
    "Indian", "Pakistani", "Afghan", "Bangladeshi", "Sri Lankan", "Nepalese", "Iranian",
    "Iraqi", "Syrian", "Lebanese", "Jordanian", "Israeli", "Palestinian", "Saudi", "Yemeni",
    "Omani", "Qatari", "Kuwaiti", "Emirati", "Egyptian", "Libyan", "Tunisian", "Algerian",
    "Moroccan", "Sudanese", "Ethiopian", "Somali", "Kenyan", "Ugandan", "Rwandan", "Tanzanian",
    "Nigerian", "Ghanaian", "Senegalese", "Congolese", "Angolan", "Zimbabwean", "Zambian",
    "South African", "Canadian", "Mexican", "Cuban", "Colombian", "Venezuelan", "Peruvian",
    "Chilean", "Argentine", "Argentinian", "Brazilian", "Uruguayan", "Paraguayan", "Bolivian",
    "Ecuadorian", "Australian", "New Zealander", "European", "Asian", "African", "Arab",
    "Latin American", "Western", "Soviet", "Yugoslav", "Kurdish", "Shi'ite", "Shiite", "Sunni",
    "Muslim", "Christian", "Jewish", "Catholic", "Protestant", "Hindu", "Buddhist", "Sikh",
    "Islamic", "Scandinavian", "Balkan", "Baltic", "Caribbean", "Pacific", "Atlantic",
  ]

  /// Common given names from many countries.
  static let givenNames = [
    "John", "James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
    "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven",
    "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Edward", "Ronald",
    "Timothy", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan",
    "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Frank", "Gregory",
    "Raymond", "Alexander", "Patrick", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Henry",
    "Peter", "Bill", "Bob", "Tom", "Mike", "Jim", "Joe", "Tony", "Ben", "Sam", "Nick", "Alex",
    "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica",
    "Sarah", "Karen", "Nancy", "Lisa", "Margaret", "Betty", "Sandra", "Ashley", "Dorothy",
    "Kimberly", "Emily", "Donna", "Michelle", "Carol", "Amanda", "Melissa", "Deborah",
    "Stephanie", "Rebecca", "Laura", "Sharon", "Cynthia", "Kathleen", "Amy", "Angela", "Anna",
    "Helen", "Emma", "Olivia", "Sophie", "Hillary", "Angela", "Theresa", "Nicola", "Marine",
    "Jean", "Pierre", "Jacques", "François", "Francois", "Emmanuel", "Nicolas", "Philippe",
    "Michel", "Alain", "Marie", "Hans", "Klaus", "Helmut", "Gerhard", "Wolfgang", "Jürgen",
    "Olaf", "Friedrich", "Giuseppe", "Giovanni", "Matteo", "Silvio", "Mario", "Sergio",
    "Carlos", "José", "Jose", "Juan", "Luis", "Manuel", "Pedro", "Miguel", "Antonio",
    "Fernando", "Jorge", "Javier", "Luiz", "Vladimir", "Dmitry", "Sergei", "Sergey", "Alexei",
    "Mikhail", "Boris", "Nikolai", "Igor", "Viktor", "Yuri", "Ivan", "Andrei", "Oleg",
    "Volodymyr", "Petro", "Recep", "Ahmet", "Mehmet", "Mohammed", "Muhammad", "Mohamed",
    "Ahmed", "Ali", "Hassan", "Hussein", "Omar", "Abdullah", "Khalid", "Hamid", "Mahmoud",
    "Bashar", "Benjamin", "Yitzhak", "Shimon", "Ariel", "Narendra", "Rahul", "Sonia", "Imran",
    "Nawaz", "Xi", "Li", "Wang", "Hu", "Deng", "Jiang", "Shinzo", "Yoshihide", "Fumio",
    "Junichiro", "Moon", "Park", "Kim", "Lee", "Jae-in", "Ban", "Nelson", "Jacob", "Cyril",
    "Thabo", "Kofi", "Olusegun", "Muhammadu", "Goodluck", "Jair", "Dilma", "Cristina",
    "Mauricio", "Andrés", "Justin", "Stephen", "Kevin", "Scott", "Malcolm", "Jacinda",
  ]

  /// International organisations, agencies, institutions and news organisations.
  static let organisations = [
    "United Nations", "UN", "U.N.", "Security Council", "General Assembly", "UNICEF", "UNESCO",
    "UNHCR", "World Health Organization", "WHO", "World Bank", "International Monetary Fund",
    "IMF", "World Trade Organization", "WTO", "NATO", "North Atlantic Treaty Organisation",
    "European Union", "EU", "European Commission", "European Parliament", "European Council",
    "European Central Bank", "ECB", "Council of Europe", "OPEC", "OECD", "G7", "G20", "ASEAN",
    "African Union", "Arab League", "Organisation of American States", "OSCE", "Interpol",
    "Europol", "International Atomic Energy Agency", "IAEA", "International Criminal Court",
    "Red Cross", "Red Crescent", "Amnesty International", "Human Rights Watch", "Greenpeace",
    "Federal Reserve", "Fed", "Bank of England", "Bank of Japan", "Bundesbank", "Treasury",
    "Pentagon", "White House", "Kremlin", "Congress", "Senate", "House of Representatives",
    "Supreme Court", "Parliament", "House of Commons", "House of Lords", "Bundestag", "Duma",
    "Knesset", "CIA", "FBI", "NASA", "KGB", "MI5", "MI6", "Labour", "Labour Party",
    "Conservative Party", "Liberal Democrats", "Democratic Party", "Republican Party",
    "Social Democrats", "Christian Democrats", "Communist Party", "Hamas", "Hezbollah",
    "Taliban", "PLO", "IRA", "Sinn Fein", "ANC", "Reuters", "Associated Press", "AP", "AFP",
    "Agence France-Presse", "BBC", "CNN", "Bloomberg", "Xinhua", "Itar-Tass", "Interfax",
    "New York Times", "Washington Post", "Wall Street Journal", "Financial Times", "The Times",
    "The Guardian", "Nasdaq", "New York Stock Exchange", "London Stock Exchange", "FIFA",
    "UEFA", "International Olympic Committee", "IOC", "ICC", "NBA", "NFL", "NHL",
    "Major League Baseball", "Formula One Management",
  ]
}
