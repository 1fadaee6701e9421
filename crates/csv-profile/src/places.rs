//! Swedish places: SCB's 290 kommuner and 21 län with their codes, and the 25
//! landskap. Public data for any caller (the facade suggests a kommun's area from
//! them), and what the personal-data check uses to tell a place from a person.
//!
//! Source: Statistics Sweden (SCB), *Kommuner och län* — the official classification
//! of municipalities and counties (the codes valid since 2007, when Knivsta was the
//! last kommun formed); SCB publishes it as open data (CC0). The landskap are the
//! traditional provinces.
//!
//! ```
//! use csv_profile::places;
//! let k = places::kommun_by_code("1490").expect("Borås");
//! assert_eq!((k.name, k.lan), ("Borås", "14"));
//! assert_eq!(places::lan_by_code(k.lan).map(|l| l.name), Some("Västra Götalands län"));
//! assert_eq!(places::kommun_by_name("borås kommun").map(|k| k.code), Some("1490"));
//! assert_eq!(places::kommun_by_name("Region Gotland").map(|k| k.code), Some("0980"));
//! assert!(places::is_place("Gästrikland") && !places::is_place("Anna"));
//! assert_eq!((places::KOMMUNER.len(), places::LAN.len()), (290, 21));
//! ```

/// A kommun: its four-digit code (the first two are the län's), its name and its län.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kommun {
    /// The kommunkod, `0114`…`2584`.
    pub code: &'static str,
    /// The name, as SCB writes it (`Upplands Väsby`, `Malung-Sälen`).
    pub name: &'static str,
    /// The länskod, `01`…`25`.
    pub lan: &'static str,
}

/// A län: its two-digit code and its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lan {
    /// The länskod, `01`…`25`.
    pub code: &'static str,
    /// The name (`Stockholms län`).
    pub name: &'static str,
}

/// The 290 kommuner, by code.
pub const KOMMUNER: [Kommun; 290] = [
    Kommun {
        code: "0114",
        name: "Upplands Väsby",
        lan: "01",
    },
    Kommun {
        code: "0115",
        name: "Vallentuna",
        lan: "01",
    },
    Kommun {
        code: "0117",
        name: "Österåker",
        lan: "01",
    },
    Kommun {
        code: "0120",
        name: "Värmdö",
        lan: "01",
    },
    Kommun {
        code: "0123",
        name: "Järfälla",
        lan: "01",
    },
    Kommun {
        code: "0125",
        name: "Ekerö",
        lan: "01",
    },
    Kommun {
        code: "0126",
        name: "Huddinge",
        lan: "01",
    },
    Kommun {
        code: "0127",
        name: "Botkyrka",
        lan: "01",
    },
    Kommun {
        code: "0128",
        name: "Salem",
        lan: "01",
    },
    Kommun {
        code: "0136",
        name: "Haninge",
        lan: "01",
    },
    Kommun {
        code: "0138",
        name: "Tyresö",
        lan: "01",
    },
    Kommun {
        code: "0139",
        name: "Upplands-Bro",
        lan: "01",
    },
    Kommun {
        code: "0140",
        name: "Nykvarn",
        lan: "01",
    },
    Kommun {
        code: "0160",
        name: "Täby",
        lan: "01",
    },
    Kommun {
        code: "0162",
        name: "Danderyd",
        lan: "01",
    },
    Kommun {
        code: "0163",
        name: "Sollentuna",
        lan: "01",
    },
    Kommun {
        code: "0180",
        name: "Stockholm",
        lan: "01",
    },
    Kommun {
        code: "0181",
        name: "Södertälje",
        lan: "01",
    },
    Kommun {
        code: "0182",
        name: "Nacka",
        lan: "01",
    },
    Kommun {
        code: "0183",
        name: "Sundbyberg",
        lan: "01",
    },
    Kommun {
        code: "0184",
        name: "Solna",
        lan: "01",
    },
    Kommun {
        code: "0186",
        name: "Lidingö",
        lan: "01",
    },
    Kommun {
        code: "0187",
        name: "Vaxholm",
        lan: "01",
    },
    Kommun {
        code: "0188",
        name: "Norrtälje",
        lan: "01",
    },
    Kommun {
        code: "0191",
        name: "Sigtuna",
        lan: "01",
    },
    Kommun {
        code: "0192",
        name: "Nynäshamn",
        lan: "01",
    },
    Kommun {
        code: "0305",
        name: "Håbo",
        lan: "03",
    },
    Kommun {
        code: "0319",
        name: "Älvkarleby",
        lan: "03",
    },
    Kommun {
        code: "0330",
        name: "Knivsta",
        lan: "03",
    },
    Kommun {
        code: "0331",
        name: "Heby",
        lan: "03",
    },
    Kommun {
        code: "0360",
        name: "Tierp",
        lan: "03",
    },
    Kommun {
        code: "0380",
        name: "Uppsala",
        lan: "03",
    },
    Kommun {
        code: "0381",
        name: "Enköping",
        lan: "03",
    },
    Kommun {
        code: "0382",
        name: "Östhammar",
        lan: "03",
    },
    Kommun {
        code: "0428",
        name: "Vingåker",
        lan: "04",
    },
    Kommun {
        code: "0461",
        name: "Gnesta",
        lan: "04",
    },
    Kommun {
        code: "0480",
        name: "Nyköping",
        lan: "04",
    },
    Kommun {
        code: "0481",
        name: "Oxelösund",
        lan: "04",
    },
    Kommun {
        code: "0482",
        name: "Flen",
        lan: "04",
    },
    Kommun {
        code: "0483",
        name: "Katrineholm",
        lan: "04",
    },
    Kommun {
        code: "0484",
        name: "Eskilstuna",
        lan: "04",
    },
    Kommun {
        code: "0486",
        name: "Strängnäs",
        lan: "04",
    },
    Kommun {
        code: "0488",
        name: "Trosa",
        lan: "04",
    },
    Kommun {
        code: "0509",
        name: "Ödeshög",
        lan: "05",
    },
    Kommun {
        code: "0512",
        name: "Ydre",
        lan: "05",
    },
    Kommun {
        code: "0513",
        name: "Kinda",
        lan: "05",
    },
    Kommun {
        code: "0560",
        name: "Boxholm",
        lan: "05",
    },
    Kommun {
        code: "0561",
        name: "Åtvidaberg",
        lan: "05",
    },
    Kommun {
        code: "0562",
        name: "Finspång",
        lan: "05",
    },
    Kommun {
        code: "0563",
        name: "Valdemarsvik",
        lan: "05",
    },
    Kommun {
        code: "0580",
        name: "Linköping",
        lan: "05",
    },
    Kommun {
        code: "0581",
        name: "Norrköping",
        lan: "05",
    },
    Kommun {
        code: "0582",
        name: "Söderköping",
        lan: "05",
    },
    Kommun {
        code: "0583",
        name: "Motala",
        lan: "05",
    },
    Kommun {
        code: "0584",
        name: "Vadstena",
        lan: "05",
    },
    Kommun {
        code: "0586",
        name: "Mjölby",
        lan: "05",
    },
    Kommun {
        code: "0604",
        name: "Aneby",
        lan: "06",
    },
    Kommun {
        code: "0617",
        name: "Gnosjö",
        lan: "06",
    },
    Kommun {
        code: "0642",
        name: "Mullsjö",
        lan: "06",
    },
    Kommun {
        code: "0643",
        name: "Habo",
        lan: "06",
    },
    Kommun {
        code: "0662",
        name: "Gislaved",
        lan: "06",
    },
    Kommun {
        code: "0665",
        name: "Vaggeryd",
        lan: "06",
    },
    Kommun {
        code: "0680",
        name: "Jönköping",
        lan: "06",
    },
    Kommun {
        code: "0682",
        name: "Nässjö",
        lan: "06",
    },
    Kommun {
        code: "0683",
        name: "Värnamo",
        lan: "06",
    },
    Kommun {
        code: "0684",
        name: "Sävsjö",
        lan: "06",
    },
    Kommun {
        code: "0685",
        name: "Vetlanda",
        lan: "06",
    },
    Kommun {
        code: "0686",
        name: "Eksjö",
        lan: "06",
    },
    Kommun {
        code: "0687",
        name: "Tranås",
        lan: "06",
    },
    Kommun {
        code: "0760",
        name: "Uppvidinge",
        lan: "07",
    },
    Kommun {
        code: "0761",
        name: "Lessebo",
        lan: "07",
    },
    Kommun {
        code: "0763",
        name: "Tingsryd",
        lan: "07",
    },
    Kommun {
        code: "0764",
        name: "Alvesta",
        lan: "07",
    },
    Kommun {
        code: "0765",
        name: "Älmhult",
        lan: "07",
    },
    Kommun {
        code: "0767",
        name: "Markaryd",
        lan: "07",
    },
    Kommun {
        code: "0780",
        name: "Växjö",
        lan: "07",
    },
    Kommun {
        code: "0781",
        name: "Ljungby",
        lan: "07",
    },
    Kommun {
        code: "0821",
        name: "Högsby",
        lan: "08",
    },
    Kommun {
        code: "0834",
        name: "Torsås",
        lan: "08",
    },
    Kommun {
        code: "0840",
        name: "Mörbylånga",
        lan: "08",
    },
    Kommun {
        code: "0860",
        name: "Hultsfred",
        lan: "08",
    },
    Kommun {
        code: "0861",
        name: "Mönsterås",
        lan: "08",
    },
    Kommun {
        code: "0862",
        name: "Emmaboda",
        lan: "08",
    },
    Kommun {
        code: "0880",
        name: "Kalmar",
        lan: "08",
    },
    Kommun {
        code: "0881",
        name: "Nybro",
        lan: "08",
    },
    Kommun {
        code: "0882",
        name: "Oskarshamn",
        lan: "08",
    },
    Kommun {
        code: "0883",
        name: "Västervik",
        lan: "08",
    },
    Kommun {
        code: "0884",
        name: "Vimmerby",
        lan: "08",
    },
    Kommun {
        code: "0885",
        name: "Borgholm",
        lan: "08",
    },
    Kommun {
        code: "0980",
        name: "Gotland",
        lan: "09",
    },
    Kommun {
        code: "1060",
        name: "Olofström",
        lan: "10",
    },
    Kommun {
        code: "1080",
        name: "Karlskrona",
        lan: "10",
    },
    Kommun {
        code: "1081",
        name: "Ronneby",
        lan: "10",
    },
    Kommun {
        code: "1082",
        name: "Karlshamn",
        lan: "10",
    },
    Kommun {
        code: "1083",
        name: "Sölvesborg",
        lan: "10",
    },
    Kommun {
        code: "1214",
        name: "Svalöv",
        lan: "12",
    },
    Kommun {
        code: "1230",
        name: "Staffanstorp",
        lan: "12",
    },
    Kommun {
        code: "1231",
        name: "Burlöv",
        lan: "12",
    },
    Kommun {
        code: "1233",
        name: "Vellinge",
        lan: "12",
    },
    Kommun {
        code: "1256",
        name: "Östra Göinge",
        lan: "12",
    },
    Kommun {
        code: "1257",
        name: "Örkelljunga",
        lan: "12",
    },
    Kommun {
        code: "1260",
        name: "Bjuv",
        lan: "12",
    },
    Kommun {
        code: "1261",
        name: "Kävlinge",
        lan: "12",
    },
    Kommun {
        code: "1262",
        name: "Lomma",
        lan: "12",
    },
    Kommun {
        code: "1263",
        name: "Svedala",
        lan: "12",
    },
    Kommun {
        code: "1264",
        name: "Skurup",
        lan: "12",
    },
    Kommun {
        code: "1265",
        name: "Sjöbo",
        lan: "12",
    },
    Kommun {
        code: "1266",
        name: "Hörby",
        lan: "12",
    },
    Kommun {
        code: "1267",
        name: "Höör",
        lan: "12",
    },
    Kommun {
        code: "1270",
        name: "Tomelilla",
        lan: "12",
    },
    Kommun {
        code: "1272",
        name: "Bromölla",
        lan: "12",
    },
    Kommun {
        code: "1273",
        name: "Osby",
        lan: "12",
    },
    Kommun {
        code: "1275",
        name: "Perstorp",
        lan: "12",
    },
    Kommun {
        code: "1276",
        name: "Klippan",
        lan: "12",
    },
    Kommun {
        code: "1277",
        name: "Åstorp",
        lan: "12",
    },
    Kommun {
        code: "1278",
        name: "Båstad",
        lan: "12",
    },
    Kommun {
        code: "1280",
        name: "Malmö",
        lan: "12",
    },
    Kommun {
        code: "1281",
        name: "Lund",
        lan: "12",
    },
    Kommun {
        code: "1282",
        name: "Landskrona",
        lan: "12",
    },
    Kommun {
        code: "1283",
        name: "Helsingborg",
        lan: "12",
    },
    Kommun {
        code: "1284",
        name: "Höganäs",
        lan: "12",
    },
    Kommun {
        code: "1285",
        name: "Eslöv",
        lan: "12",
    },
    Kommun {
        code: "1286",
        name: "Ystad",
        lan: "12",
    },
    Kommun {
        code: "1287",
        name: "Trelleborg",
        lan: "12",
    },
    Kommun {
        code: "1290",
        name: "Kristianstad",
        lan: "12",
    },
    Kommun {
        code: "1291",
        name: "Simrishamn",
        lan: "12",
    },
    Kommun {
        code: "1292",
        name: "Ängelholm",
        lan: "12",
    },
    Kommun {
        code: "1293",
        name: "Hässleholm",
        lan: "12",
    },
    Kommun {
        code: "1315",
        name: "Hylte",
        lan: "13",
    },
    Kommun {
        code: "1380",
        name: "Halmstad",
        lan: "13",
    },
    Kommun {
        code: "1381",
        name: "Laholm",
        lan: "13",
    },
    Kommun {
        code: "1382",
        name: "Falkenberg",
        lan: "13",
    },
    Kommun {
        code: "1383",
        name: "Varberg",
        lan: "13",
    },
    Kommun {
        code: "1384",
        name: "Kungsbacka",
        lan: "13",
    },
    Kommun {
        code: "1401",
        name: "Härryda",
        lan: "14",
    },
    Kommun {
        code: "1402",
        name: "Partille",
        lan: "14",
    },
    Kommun {
        code: "1407",
        name: "Öckerö",
        lan: "14",
    },
    Kommun {
        code: "1415",
        name: "Stenungsund",
        lan: "14",
    },
    Kommun {
        code: "1419",
        name: "Tjörn",
        lan: "14",
    },
    Kommun {
        code: "1421",
        name: "Orust",
        lan: "14",
    },
    Kommun {
        code: "1427",
        name: "Sotenäs",
        lan: "14",
    },
    Kommun {
        code: "1430",
        name: "Munkedal",
        lan: "14",
    },
    Kommun {
        code: "1435",
        name: "Tanum",
        lan: "14",
    },
    Kommun {
        code: "1438",
        name: "Dals-Ed",
        lan: "14",
    },
    Kommun {
        code: "1439",
        name: "Färgelanda",
        lan: "14",
    },
    Kommun {
        code: "1440",
        name: "Ale",
        lan: "14",
    },
    Kommun {
        code: "1441",
        name: "Lerum",
        lan: "14",
    },
    Kommun {
        code: "1442",
        name: "Vårgårda",
        lan: "14",
    },
    Kommun {
        code: "1443",
        name: "Bollebygd",
        lan: "14",
    },
    Kommun {
        code: "1444",
        name: "Grästorp",
        lan: "14",
    },
    Kommun {
        code: "1445",
        name: "Essunga",
        lan: "14",
    },
    Kommun {
        code: "1446",
        name: "Karlsborg",
        lan: "14",
    },
    Kommun {
        code: "1447",
        name: "Gullspång",
        lan: "14",
    },
    Kommun {
        code: "1452",
        name: "Tranemo",
        lan: "14",
    },
    Kommun {
        code: "1460",
        name: "Bengtsfors",
        lan: "14",
    },
    Kommun {
        code: "1461",
        name: "Mellerud",
        lan: "14",
    },
    Kommun {
        code: "1462",
        name: "Lilla Edet",
        lan: "14",
    },
    Kommun {
        code: "1463",
        name: "Mark",
        lan: "14",
    },
    Kommun {
        code: "1465",
        name: "Svenljunga",
        lan: "14",
    },
    Kommun {
        code: "1466",
        name: "Herrljunga",
        lan: "14",
    },
    Kommun {
        code: "1470",
        name: "Vara",
        lan: "14",
    },
    Kommun {
        code: "1471",
        name: "Götene",
        lan: "14",
    },
    Kommun {
        code: "1472",
        name: "Tibro",
        lan: "14",
    },
    Kommun {
        code: "1473",
        name: "Töreboda",
        lan: "14",
    },
    Kommun {
        code: "1480",
        name: "Göteborg",
        lan: "14",
    },
    Kommun {
        code: "1481",
        name: "Mölndal",
        lan: "14",
    },
    Kommun {
        code: "1482",
        name: "Kungälv",
        lan: "14",
    },
    Kommun {
        code: "1484",
        name: "Lysekil",
        lan: "14",
    },
    Kommun {
        code: "1485",
        name: "Uddevalla",
        lan: "14",
    },
    Kommun {
        code: "1486",
        name: "Strömstad",
        lan: "14",
    },
    Kommun {
        code: "1487",
        name: "Vänersborg",
        lan: "14",
    },
    Kommun {
        code: "1488",
        name: "Trollhättan",
        lan: "14",
    },
    Kommun {
        code: "1489",
        name: "Alingsås",
        lan: "14",
    },
    Kommun {
        code: "1490",
        name: "Borås",
        lan: "14",
    },
    Kommun {
        code: "1491",
        name: "Ulricehamn",
        lan: "14",
    },
    Kommun {
        code: "1492",
        name: "Åmål",
        lan: "14",
    },
    Kommun {
        code: "1493",
        name: "Mariestad",
        lan: "14",
    },
    Kommun {
        code: "1494",
        name: "Lidköping",
        lan: "14",
    },
    Kommun {
        code: "1495",
        name: "Skara",
        lan: "14",
    },
    Kommun {
        code: "1496",
        name: "Skövde",
        lan: "14",
    },
    Kommun {
        code: "1497",
        name: "Hjo",
        lan: "14",
    },
    Kommun {
        code: "1498",
        name: "Tidaholm",
        lan: "14",
    },
    Kommun {
        code: "1499",
        name: "Falköping",
        lan: "14",
    },
    Kommun {
        code: "1715",
        name: "Kil",
        lan: "17",
    },
    Kommun {
        code: "1730",
        name: "Eda",
        lan: "17",
    },
    Kommun {
        code: "1737",
        name: "Torsby",
        lan: "17",
    },
    Kommun {
        code: "1760",
        name: "Storfors",
        lan: "17",
    },
    Kommun {
        code: "1761",
        name: "Hammarö",
        lan: "17",
    },
    Kommun {
        code: "1762",
        name: "Munkfors",
        lan: "17",
    },
    Kommun {
        code: "1763",
        name: "Forshaga",
        lan: "17",
    },
    Kommun {
        code: "1764",
        name: "Grums",
        lan: "17",
    },
    Kommun {
        code: "1765",
        name: "Årjäng",
        lan: "17",
    },
    Kommun {
        code: "1766",
        name: "Sunne",
        lan: "17",
    },
    Kommun {
        code: "1780",
        name: "Karlstad",
        lan: "17",
    },
    Kommun {
        code: "1781",
        name: "Kristinehamn",
        lan: "17",
    },
    Kommun {
        code: "1782",
        name: "Filipstad",
        lan: "17",
    },
    Kommun {
        code: "1783",
        name: "Hagfors",
        lan: "17",
    },
    Kommun {
        code: "1784",
        name: "Arvika",
        lan: "17",
    },
    Kommun {
        code: "1785",
        name: "Säffle",
        lan: "17",
    },
    Kommun {
        code: "1814",
        name: "Lekeberg",
        lan: "18",
    },
    Kommun {
        code: "1860",
        name: "Laxå",
        lan: "18",
    },
    Kommun {
        code: "1861",
        name: "Hallsberg",
        lan: "18",
    },
    Kommun {
        code: "1862",
        name: "Degerfors",
        lan: "18",
    },
    Kommun {
        code: "1863",
        name: "Hällefors",
        lan: "18",
    },
    Kommun {
        code: "1864",
        name: "Ljusnarsberg",
        lan: "18",
    },
    Kommun {
        code: "1880",
        name: "Örebro",
        lan: "18",
    },
    Kommun {
        code: "1881",
        name: "Kumla",
        lan: "18",
    },
    Kommun {
        code: "1882",
        name: "Askersund",
        lan: "18",
    },
    Kommun {
        code: "1883",
        name: "Karlskoga",
        lan: "18",
    },
    Kommun {
        code: "1884",
        name: "Nora",
        lan: "18",
    },
    Kommun {
        code: "1885",
        name: "Lindesberg",
        lan: "18",
    },
    Kommun {
        code: "1904",
        name: "Skinnskatteberg",
        lan: "19",
    },
    Kommun {
        code: "1907",
        name: "Surahammar",
        lan: "19",
    },
    Kommun {
        code: "1960",
        name: "Kungsör",
        lan: "19",
    },
    Kommun {
        code: "1961",
        name: "Hallstahammar",
        lan: "19",
    },
    Kommun {
        code: "1962",
        name: "Norberg",
        lan: "19",
    },
    Kommun {
        code: "1980",
        name: "Västerås",
        lan: "19",
    },
    Kommun {
        code: "1981",
        name: "Sala",
        lan: "19",
    },
    Kommun {
        code: "1982",
        name: "Fagersta",
        lan: "19",
    },
    Kommun {
        code: "1983",
        name: "Köping",
        lan: "19",
    },
    Kommun {
        code: "1984",
        name: "Arboga",
        lan: "19",
    },
    Kommun {
        code: "2021",
        name: "Vansbro",
        lan: "20",
    },
    Kommun {
        code: "2023",
        name: "Malung-Sälen",
        lan: "20",
    },
    Kommun {
        code: "2026",
        name: "Gagnef",
        lan: "20",
    },
    Kommun {
        code: "2029",
        name: "Leksand",
        lan: "20",
    },
    Kommun {
        code: "2031",
        name: "Rättvik",
        lan: "20",
    },
    Kommun {
        code: "2034",
        name: "Orsa",
        lan: "20",
    },
    Kommun {
        code: "2039",
        name: "Älvdalen",
        lan: "20",
    },
    Kommun {
        code: "2061",
        name: "Smedjebacken",
        lan: "20",
    },
    Kommun {
        code: "2062",
        name: "Mora",
        lan: "20",
    },
    Kommun {
        code: "2080",
        name: "Falun",
        lan: "20",
    },
    Kommun {
        code: "2081",
        name: "Borlänge",
        lan: "20",
    },
    Kommun {
        code: "2082",
        name: "Säter",
        lan: "20",
    },
    Kommun {
        code: "2083",
        name: "Hedemora",
        lan: "20",
    },
    Kommun {
        code: "2084",
        name: "Avesta",
        lan: "20",
    },
    Kommun {
        code: "2085",
        name: "Ludvika",
        lan: "20",
    },
    Kommun {
        code: "2101",
        name: "Ockelbo",
        lan: "21",
    },
    Kommun {
        code: "2104",
        name: "Hofors",
        lan: "21",
    },
    Kommun {
        code: "2121",
        name: "Ovanåker",
        lan: "21",
    },
    Kommun {
        code: "2132",
        name: "Nordanstig",
        lan: "21",
    },
    Kommun {
        code: "2161",
        name: "Ljusdal",
        lan: "21",
    },
    Kommun {
        code: "2180",
        name: "Gävle",
        lan: "21",
    },
    Kommun {
        code: "2181",
        name: "Sandviken",
        lan: "21",
    },
    Kommun {
        code: "2182",
        name: "Söderhamn",
        lan: "21",
    },
    Kommun {
        code: "2183",
        name: "Bollnäs",
        lan: "21",
    },
    Kommun {
        code: "2184",
        name: "Hudiksvall",
        lan: "21",
    },
    Kommun {
        code: "2260",
        name: "Ånge",
        lan: "22",
    },
    Kommun {
        code: "2262",
        name: "Timrå",
        lan: "22",
    },
    Kommun {
        code: "2280",
        name: "Härnösand",
        lan: "22",
    },
    Kommun {
        code: "2281",
        name: "Sundsvall",
        lan: "22",
    },
    Kommun {
        code: "2282",
        name: "Kramfors",
        lan: "22",
    },
    Kommun {
        code: "2283",
        name: "Sollefteå",
        lan: "22",
    },
    Kommun {
        code: "2284",
        name: "Örnsköldsvik",
        lan: "22",
    },
    Kommun {
        code: "2303",
        name: "Ragunda",
        lan: "23",
    },
    Kommun {
        code: "2305",
        name: "Bräcke",
        lan: "23",
    },
    Kommun {
        code: "2309",
        name: "Krokom",
        lan: "23",
    },
    Kommun {
        code: "2313",
        name: "Strömsund",
        lan: "23",
    },
    Kommun {
        code: "2321",
        name: "Åre",
        lan: "23",
    },
    Kommun {
        code: "2326",
        name: "Berg",
        lan: "23",
    },
    Kommun {
        code: "2361",
        name: "Härjedalen",
        lan: "23",
    },
    Kommun {
        code: "2380",
        name: "Östersund",
        lan: "23",
    },
    Kommun {
        code: "2401",
        name: "Nordmaling",
        lan: "24",
    },
    Kommun {
        code: "2403",
        name: "Bjurholm",
        lan: "24",
    },
    Kommun {
        code: "2404",
        name: "Vindeln",
        lan: "24",
    },
    Kommun {
        code: "2409",
        name: "Robertsfors",
        lan: "24",
    },
    Kommun {
        code: "2417",
        name: "Norsjö",
        lan: "24",
    },
    Kommun {
        code: "2418",
        name: "Malå",
        lan: "24",
    },
    Kommun {
        code: "2421",
        name: "Storuman",
        lan: "24",
    },
    Kommun {
        code: "2422",
        name: "Sorsele",
        lan: "24",
    },
    Kommun {
        code: "2425",
        name: "Dorotea",
        lan: "24",
    },
    Kommun {
        code: "2460",
        name: "Vännäs",
        lan: "24",
    },
    Kommun {
        code: "2462",
        name: "Vilhelmina",
        lan: "24",
    },
    Kommun {
        code: "2463",
        name: "Åsele",
        lan: "24",
    },
    Kommun {
        code: "2480",
        name: "Umeå",
        lan: "24",
    },
    Kommun {
        code: "2481",
        name: "Lycksele",
        lan: "24",
    },
    Kommun {
        code: "2482",
        name: "Skellefteå",
        lan: "24",
    },
    Kommun {
        code: "2505",
        name: "Arvidsjaur",
        lan: "25",
    },
    Kommun {
        code: "2506",
        name: "Arjeplog",
        lan: "25",
    },
    Kommun {
        code: "2510",
        name: "Jokkmokk",
        lan: "25",
    },
    Kommun {
        code: "2513",
        name: "Överkalix",
        lan: "25",
    },
    Kommun {
        code: "2514",
        name: "Kalix",
        lan: "25",
    },
    Kommun {
        code: "2518",
        name: "Övertorneå",
        lan: "25",
    },
    Kommun {
        code: "2521",
        name: "Pajala",
        lan: "25",
    },
    Kommun {
        code: "2523",
        name: "Gällivare",
        lan: "25",
    },
    Kommun {
        code: "2560",
        name: "Älvsbyn",
        lan: "25",
    },
    Kommun {
        code: "2580",
        name: "Luleå",
        lan: "25",
    },
    Kommun {
        code: "2581",
        name: "Piteå",
        lan: "25",
    },
    Kommun {
        code: "2582",
        name: "Boden",
        lan: "25",
    },
    Kommun {
        code: "2583",
        name: "Haparanda",
        lan: "25",
    },
    Kommun {
        code: "2584",
        name: "Kiruna",
        lan: "25",
    },
];

/// The 21 län, by code.
pub const LAN: [Lan; 21] = [
    Lan {
        code: "01",
        name: "Stockholms län",
    },
    Lan {
        code: "03",
        name: "Uppsala län",
    },
    Lan {
        code: "04",
        name: "Södermanlands län",
    },
    Lan {
        code: "05",
        name: "Östergötlands län",
    },
    Lan {
        code: "06",
        name: "Jönköpings län",
    },
    Lan {
        code: "07",
        name: "Kronobergs län",
    },
    Lan {
        code: "08",
        name: "Kalmar län",
    },
    Lan {
        code: "09",
        name: "Gotlands län",
    },
    Lan {
        code: "10",
        name: "Blekinge län",
    },
    Lan {
        code: "12",
        name: "Skåne län",
    },
    Lan {
        code: "13",
        name: "Hallands län",
    },
    Lan {
        code: "14",
        name: "Västra Götalands län",
    },
    Lan {
        code: "17",
        name: "Värmlands län",
    },
    Lan {
        code: "18",
        name: "Örebro län",
    },
    Lan {
        code: "19",
        name: "Västmanlands län",
    },
    Lan {
        code: "20",
        name: "Dalarnas län",
    },
    Lan {
        code: "21",
        name: "Gävleborgs län",
    },
    Lan {
        code: "22",
        name: "Västernorrlands län",
    },
    Lan {
        code: "23",
        name: "Jämtlands län",
    },
    Lan {
        code: "24",
        name: "Västerbottens län",
    },
    Lan {
        code: "25",
        name: "Norrbottens län",
    },
];

/// The 25 landskap (provinces).
pub const LANDSKAP: [&str; 25] = [
    "Blekinge",
    "Bohuslän",
    "Dalarna",
    "Dalsland",
    "Gotland",
    "Gästrikland",
    "Halland",
    "Hälsingland",
    "Härjedalen",
    "Jämtland",
    "Lappland",
    "Medelpad",
    "Norrbotten",
    "Närke",
    "Skåne",
    "Småland",
    "Södermanland",
    "Uppland",
    "Värmland",
    "Västerbotten",
    "Västergötland",
    "Västmanland",
    "Ångermanland",
    "Öland",
    "Östergötland",
];

/// The kommun with this code (`0114`, or `114` without its zero).
pub fn kommun_by_code(code: &str) -> Option<&'static Kommun> {
    let code = code.trim();
    let padded;
    let code = if code.len() == 3 {
        padded = format!("0{code}");
        padded.as_str()
    } else {
        code
    };
    KOMMUNER
        .binary_search_by(|k| k.code.cmp(code))
        .ok()
        .map(|i| &KOMMUNER[i])
}

/// The län with this code (`01`…`25`, or `1` without its zero).
pub fn lan_by_code(code: &str) -> Option<&'static Lan> {
    let code = code.trim();
    LAN.iter()
        .find(|l| l.code == code || l.code.strip_prefix('0') == Some(code))
}

/// Whether `a` and `b` are the same name but for case.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && (a == b || a.to_lowercase() == b.to_lowercase())
}

/// The kommun with this name, in any case, also written `Borås kommun`, `Borås stad`,
/// `Borås Kommun` or `Region Gotland` (SCB's names, not `Borås` for `Borås stad`'s
/// genitive forms).
pub fn kommun_by_name(name: &str) -> Option<&'static Kommun> {
    let name = name.trim();
    let lower = name.to_lowercase();
    let lower = lower
        .strip_prefix("region ")
        .map_or(lower.clone(), str::to_owned);
    let bare = ["kommun", "stad"]
        .iter()
        .find_map(|s| lower.strip_suffix(s).map(str::trim_end))
        .filter(|b| !b.is_empty())
        .unwrap_or(&lower);
    // `Båstad` is a name, `Stockholms stad` a name and a word after it.
    let find = |n: &str| KOMMUNER.iter().find(|k| same(k.name, n));
    find(&lower)
        .or_else(|| find(bare))
        .or_else(|| bare.strip_suffix('s').and_then(find))
}

/// The län with this name, with or without `län` (`Skåne`, `Skåne län`, `Stockholms län`).
pub fn lan_by_name(name: &str) -> Option<&'static Lan> {
    let lower = name.trim().to_lowercase();
    let bare = lower
        .strip_suffix("län")
        .map_or(lower.as_str(), str::trim_end);
    LAN.iter().find(|l| {
        let full = l.name.to_lowercase();
        let short = full.trim_end_matches(" län");
        full == lower || short == bare || short.strip_suffix('s') == Some(bare)
    })
}

/// Every kommun, län (also without `län`, and its genitive stem: `stockholm`) and
/// landskap name, in lower case, sorted.
fn lower_names() -> &'static [String] {
    static L: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        let mut v: Vec<String> = KOMMUNER
            .iter()
            .map(|k| k.name.to_lowercase())
            .chain(
                LAN.iter()
                    .flat_map(|l| {
                        let full = l.name.to_lowercase();
                        let short = full.trim_end_matches(" län").to_owned();
                        let stem = short.strip_suffix('s').map(str::to_owned);
                        [Some(full), Some(short), stem]
                    })
                    .flatten(),
            )
            .chain(LANDSKAP.iter().map(|l| l.to_lowercase()))
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    })
}

/// Whether `name` is a kommun, a län or a landskap (in any case; `kommun`, `stad` or
/// `län` after it are allowed).
pub fn is_place(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    let names = lower_names();
    let known = |n: &str| names.binary_search_by(|x| x.as_str().cmp(n)).is_ok();
    known(&lower)
        || ["kommun", "stad", "län"].iter().any(|suffix| {
            lower
                .strip_suffix(suffix)
                .map(str::trim_end)
                .is_some_and(|b| {
                    !b.is_empty() && (known(b) || b.strip_suffix('s').is_some_and(known))
                })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_are_whole_and_ordered() {
        assert!(KOMMUNER.windows(2).all(|w| w[0].code < w[1].code));
        assert!(LAN.windows(2).all(|w| w[0].code < w[1].code));
        for k in &KOMMUNER {
            assert_eq!(&k.code[..2], k.lan, "{k:?}");
            assert!(lan_by_code(k.lan).is_some(), "{k:?}");
            assert_eq!(kommun_by_name(k.name), Some(k), "{k:?}");
        }
        // Every län has at least one kommun; Gotland one.
        for l in &LAN {
            assert!(KOMMUNER.iter().any(|k| k.lan == l.code), "{l:?}");
        }
        assert_eq!(KOMMUNER.iter().filter(|k| k.lan == "09").count(), 1);
        assert_eq!(KOMMUNER.iter().filter(|k| k.lan == "14").count(), 49);
    }

    #[test]
    fn names_in_the_forms_files_use() {
        assert_eq!(
            kommun_by_code("114").map(|k| k.name),
            Some("Upplands Väsby")
        );
        assert_eq!(kommun_by_name("MALUNG-SÄLEN").map(|k| k.code), Some("2023"));
        assert_eq!(
            kommun_by_name("Stockholms stad").map(|k| k.code),
            Some("0180")
        );
        assert_eq!(lan_by_name("Skåne").map(|l| l.code), Some("12"));
        assert_eq!(
            lan_by_name("västra götalands län").map(|l| l.code),
            Some("14")
        );
        assert_eq!(lan_by_name("Stockholm").map(|l| l.code), Some("01"));
        assert!(is_place("Borås") && is_place("Gästrikland") && is_place("Norrbottens län"));
        assert!(!is_place("Anna Svensson") && !is_place("Sjöviksbadet"));
    }
}
