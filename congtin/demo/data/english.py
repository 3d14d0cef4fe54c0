"""English versions of the pages the national rules require in English
(Decree 42/2022 Art. 7: the organisation, its functions and duties, and the
contact officials) and of five news items chosen for translation (Đ.11.3).

Keys are the Vietnamese pages' slugs, which the English pages keep, so that
/en/gioi-thieu/ mirrors /gioi-thieu/. Bodies use the notation of
`congtin.demo.body`.
"""

HOME = {
    "title": "Home",
    "summary": "Web portal of the Department of Industry and Trade of Ho Chi Minh City: news, "
               "legal documents, administrative procedures and information on the city's "
               "industry and trade.",
    "welcome": "Welcome to the web portal of the Department of Industry and Trade of Ho Chi "
               "Minh City, the official source of information on the state management of "
               "industry and trade, administrative procedures and online public services for "
               "citizens and businesses.",
}

PAGES = {
    "gioi-thieu": {
        "title": "About us",
        "summary": "History, organisation, leadership, functions and duties of the Department "
                   "of Industry and Trade of Ho Chi Minh City.",
        "body": [
            "The Department of Industry and Trade of Ho Chi Minh City is a specialised agency "
            "of the City People's Committee. It advises and assists the People's Committee in "
            "the state management of industry and trade in the city.",
            "This section presents the Department's history, its organisation and leadership, "
            "and its functions and duties.",
        ],
    },
    "lich-su": {
        "title": "History",
        "summary": "From the city's trade and industry authorities after 1975 to the Department "
                   "of Industry and Trade formed in 2008.",
        "body": [
            "The Department's predecessors were the city's trade and industry authorities, set "
            "up after 1975 to restore production, organise the distribution of goods and "
            "stabilise people's lives.",
            ("h", "Stages of development"),
            ("ul", [
                "1975–1986: restoring industrial production and building a network of state and "
                "cooperative trade for essential needs.",
                "1986–2007: under the Đổi Mới reforms, the City Department of Trade and the City "
                "Department of Industry grew alongside businesses as Viet Nam integrated into "
                "the regional and world economy.",
                "Since 2008: under Government Decree 13/2008/NĐ-CP, the City People's Committee "
                "merged the two departments into the Department of Industry and Trade, which "
                "manages industry, trade, energy and international economic integration.",
            ]),
            "In 2011 the Director issued Decision 467/QĐ-SCT of 10 October 2011 on the "
            "regulation for managing and publishing information on the Department's website, "
            "laying the ground for publishing information and answering the questions of "
            "citizens and businesses online.",
        ],
    },
    "chuc-nang-nhiem-vu": {
        "title": "Functions and duties",
        "summary": "Status, functions, duties and powers of the Department of Industry and Trade "
                   "of Ho Chi Minh City.",
        "body": [
            ("h", "Status and functions"),
            "The Department of Industry and Trade is a specialised agency of the Ho Chi Minh "
            "City People's Committee. It advises and assists the People's Committee in the state "
            "management of industry and trade: engineering; metallurgy; electricity; new and "
            "renewable energy; oil and gas; chemicals; industrial explosives; consumer, food, "
            "supporting and other processing industries; the circulation of goods in the city; "
            "exports and imports; e-commerce; commercial services; international economic "
            "integration; trade promotion; industrial promotion; competition and consumer "
            "protection as provided by law.",
            "The Department has legal personality, its own seal and accounts. It is directed "
            "and managed by the City People's Committee and receives professional guidance and "
            "inspection from the Ministry of Industry and Trade.",
            ("h", "Main duties and powers"),
            ("ol", [
                "Submit to the City People's Committee draft decisions, programmes and long-, "
                "medium-term and annual development plans for industry and trade.",
                "Implement approved legal documents, plans and programmes; inform and educate "
                "the public on the law in industry and trade.",
                "Manage industry, supporting industries, industrial clusters and industrial "
                "promotion in the city.",
                "Manage electricity, energy efficiency and electrical safety.",
                "Manage industrial technical safety, chemicals, industrial explosives and the "
                "sector's environmental protection.",
                "Manage domestic trade, commercial infrastructure, exports and imports, "
                "e-commerce and trade promotion.",
                "Issue, amend, extend and revoke licences and certificates within its powers.",
                "Inspect, settle complaints and denunciations and prevent corruption.",
                "Report regularly and when requested on the performance of its duties.",
            ]),
        ],
    },
    "co-cau-to-chuc": {
        "title": "Organisation",
        "summary": "The Board of Directors and the divisions of the Department, with their "
                   "functions and contact details.",
        "intro": "The Department consists of the Board of Directors, the Office, the specialised "
                 "divisions and the Inspectorate. Each unit's functions and contact details are "
                 "listed below.",
    },
    "lanh-dao-so": {
        "title": "Leadership",
        "summary": "Short biographies and areas of responsibility of the Director and the "
                   "Deputy Directors.",
        "intro": "The Director and Deputy Directors of the Department of Industry and Trade: "
                 "short biographies, areas of responsibility and contact details.",
    },
    "tin-tuc": {
        "title": "News",
        "summary": "News of the Department and of the city's industry and trade.",
        "intro": "Selected news of the Department of Industry and Trade, translated into "
                 "English.",
    },
    "tin-hoat-dong": {
        "title": "Department news",
        "summary": "The Department's activities and events.",
        "intro": "The Department's activities and events.",
    },
    "tin-nganh": {
        "title": "Industry and trade news",
        "summary": "Industrial production, trade and energy in the city.",
        "intro": "Industrial production, trade and energy in the city.",
    },
    "xuc-tien-thuong-mai": {
        "title": "Trade promotion",
        "summary": "Trade fairs, exhibitions and supply–demand connection programmes.",
        "intro": "Trade fairs, exhibitions and supply–demand connection programmes.",
    },
    "dich-vu-cong": {
        "title": "Online public services",
        "summary": "Administrative procedures handled by the Department, with links to apply "
                   "online on the National Public Service Portal.",
        "intro": "Organisations and individuals can apply, follow progress and receive results "
                 "for the Department's administrative procedures online through the National "
                 "Public Service Portal. Application forms are in Vietnamese.",
    },
    "lien-he": {
        "title": "Contact",
        "summary": "Address, telephone and e-mail of the Department and its contact officials.",
        "body": [
            "Department of Industry and Trade of Ho Chi Minh City",
            "Address: 163 Hai Ba Trung Street, Ward 6, District 3, Ho Chi Minh City",
            "Telephone: (+848) 3829 6322 – Fax: (+848) 3822 1778",
            "E-mail: sct@tphcm.gov.vn",
            "Office hours: Monday to Friday, 7:30–11:30 and 13:00–17:00.",
        ],
    },
    "so-do-cong": {
        "title": "Site map",
        "summary": "Map of the sections of the Department's web portal.",
    },
    "danh-ba": {
        "title": "E-mail directory",
        "summary": "E-mail addresses of the Board of Directors, the divisions and the contact "
                   "officials.",
        "intro": "E-mail addresses of the Board of Directors, the divisions and the contact "
                 "officials. General enquiries: sct@tphcm.gov.vn.",
    },
}

# Five news items selected for English (Đ.11.3), by the Vietnamese item's key.
ARTICLES = {
    "binh-on-trien-khai": {
        "title": "Price stabilisation programme for essential goods launched for ${nam_tet}",
        "summary": "The Department launched the ${nam_tet} price stabilisation programme with 86 "
                   "participating businesses; committed volumes are 8% higher than last year.",
        "alt": "Market stalls with colourful vegetables under red-and-white awnings",
        "caption": "Price-stabilised goods are sold in traditional markets and supermarkets "
                   "across the city.",
        "body": [
            "The Department of Industry and Trade held a conference to launch the ${nam_tet} "
            "price stabilisation programme for essential goods. Deputy Director Nguyen Thi Thu "
            "Ha chaired the meeting, attended by other city departments, district authorities "
            "and the 86 participating businesses.",
            "The programme covers ten groups of goods: rice and other staples; processed food; "
            "meat and poultry; eggs; seafood; vegetables and fruit; sugar; cooking oil; milk; "
            "and school textbooks and notebooks. The total value of goods committed is about 8% "
            "higher than last year.",
            ("table", "Average monthly volumes committed for the main goods", [
                ["Goods", "Unit", "Committed volume", "Market share (%)"],
                ["Rice", "tonnes", "9,500", "35"],
                ["Pork", "tonnes", "6,200", "32"],
                ["Poultry", "tonnes", "4,800", "38"],
                ["Eggs", "million", "62", "40"],
                ["Vegetables and fruit", "tonnes", "11,000", "28"],
                ["Seafood", "tonnes", "1,900", "25"],
            ]),
            "The goods are sold at more than 4,000 outlets, including supermarkets, convenience "
            "stores, traditional markets and mobile stalls in industrial parks, at prices 5% to "
            "10% below comparable goods.",
            ("quote", "The programme keeps not only prices but also consumers' trust. "
                      "Participants must guarantee quantity, quality and food safety.",
             "Deputy Director Nguyen Thi Thu Ha"),
        ],
        "tags": ["price stabilisation", "essential goods"],
    },
    "chuan-bi-hang-tet": {
        "title": "Supplies secured for ${tet_en}",
        "summary": "Businesses in the price stabilisation programme have stocked 10–20% more "
                   "goods for Tết than last year, and committed to stable prices.",
        "alt": "Yellow apricot blossoms and red and gold gift boxes",
        "caption": "Businesses prepared Tết goods early and in wide variety.",
        "body": [
            "According to the Department of Industry and Trade, businesses taking part in the "
            "price stabilisation programme have prepared 10% to 20% more goods than last year "
            "for ${tet_en}, worth more than VND 30,000 billion.",
            ("table", "Stocks of main goods for Tết compared with last year", [
                ["Goods", "Unit", "Last Tết", "This Tết", "Increase (%)"],
                ["Pork", "tonnes", "18,500", "20,700", "11.9"],
                ["Poultry", "tonnes", "12,300", "13,900", "13.0"],
                ["Eggs", "million", "165", "190", "15.2"],
                ["Vegetables and fruit", "tonnes", "28,000", "32,500", "16.1"],
                ["Sweets and Tết preserves", "tonnes", "5,600", "6,700", "19.6"],
            ]),
            "The Department has worked with the districts to add mobile sales points in dense "
            "residential areas and workers' housing, and to bring Tết goods to low-income "
            "workers.",
            "To prevent speculation and hoarding, the Department asked market surveillance "
            "forces to step up checks on price listing, origin and quality, especially of food "
            "in the busiest days before Tết.",
        ],
        "tags": ["Tết", "price stabilisation"],
    },
    "chi-so-iip": {
        "title": "Industrial production index up 7.2% year on year in ${thang_truoc_en}",
        "summary": "The four key industries kept growing, led by electronics at 11.3%.",
        "alt": "Factory with saw-tooth roofs and chimneys at sunset",
        "caption": "Industrial production keeps growing.",
        "body": [
            "According to the city's statistics office, the index of industrial production "
            "(IIP) in ${thang_truoc_en} rose 7.2% year on year; over the first ${so_thang} "
            "months it rose 7.0%.",
            "The year-on-year change is computed as:",
            ("formula", r"\Delta IIP = \left( \frac{I_t}{I_{t-12}} - 1 \right) \times 100\%",
             "The change equals this month's index divided by the index of the same month a "
             "year earlier, minus one, times one hundred per cent."),
            ("table", "Production index of the four key industries", [
                ["Industry", "Year on year (%)"],
                ["Engineering", "+6.4"],
                ["Electronics and IT", "+11.3"],
                ["Pharmaceuticals, rubber and plastics", "+5.8"],
                ["Food processing", "+7.9"],
            ]),
            "The Industry Management Division notes a clear recovery of export orders in "
            "electronics and food processing, while textiles and footwear still lack new "
            "orders.",
        ],
        "tags": ["industrial production", "key industries"],
    },
    "hoi-cho-khuyen-mai": {
        "title": "Ho Chi Minh City Promotion Fair ${nam} opens",
        "summary": "More than 400 stands of 250 businesses offer discounts of up to 50%, opening "
                   "the year-end promotion month.",
        "alt": "Rows of colourful fair stands under bunting",
        "caption": "Stands at the promotion fair.",
        "body": [
            "The Ho Chi Minh City Promotion Fair ${nam} opened this evening, starting the "
            "year-end promotion month. More than 400 stands of 250 manufacturers and "
            "distributors take part.",
            "Products range from food and drinks to fashion, household goods, electronics and "
            "OCOP local specialities. Many businesses offer discounts of 20% to 50%, gifts and "
            "prize draws.",
            ("quote", "The fair lets businesses present their products and stimulate demand, "
                      "and lets people buy quality goods at good prices.",
             "Deputy Director Nguyen Thi Thu Ha"),
            "The fair is open for five days from 9:00 to 22:00. Admission and parking are free, "
            "and cashless payment is available.",
        ],
        "tags": ["sales promotion", "trade fair"],
    },
    "tiet-kiem-nang-luong": {
        "title": "Energy audits help businesses save over 8% of their electricity",
        "summary": "Audits at 25 major energy users found an average saving potential of 8.4%, "
                   "with payback periods under three years.",
        "alt": "Factory building with lit windows",
        "caption": "Many energy-saving measures need little investment.",
        "body": [
            "Under the energy efficiency programme, the Department supported energy audits at "
            "25 major energy users in food processing, plastics, textile dyeing and engineering.",
            "The saving achieved by each measure is computed as:",
            ("formula", r"\eta = \frac{E_0 - E_1}{E_0} \times 100\%",
             "The saving rate equals consumption before the measure minus consumption after it, "
             "divided by consumption before it, times one hundred per cent."),
            ("table", "Common energy-saving measures", [
                ["Measure", "Saving (%)", "Payback (years)"],
                ["Variable-speed drives on pumps and fans", "15–30", "1.5–2"],
                ["LED lighting", "40–60", "1–2"],
                ["Boiler waste-heat recovery", "5–10", "2–3"],
                ["Compressed-air optimisation", "10–20", "0.5–1"],
            ]),
            "The potential savings of the 25 sites total about 18 million kWh a year, cutting "
            "emissions by some 12,000 tonnes of CO2. The Department encourages businesses to "
            "adopt energy management systems to ISO 50001.",
        ],
        "tags": ["energy efficiency", "energy audit"],
    },
}
