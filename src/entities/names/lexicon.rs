//! The word lists of the name finder, written for the news domain, French and English: particles
//! and titles, the heads and tails that make a name an organisation, a place or an event, the
//! nouns that say what the name after them is, and the media. Each list says in its doc what it
//! is for; the gazetteers (places, given names, demonyms, brands) are generated elsewhere (see
//! [`super::super::gazetteer`]).

use super::super::wordset::WordSet;
use super::super::Label;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Particles that join the words of one name (`Corée du Nord`, `Jean de La Fontaine`, `Bank of
/// England`, `Osama bin Laden`).
#[rustfmt::skip]
pub static PARTICLES: WordSet = WordSet::new(&[
    "de", "du", "des", "d'", "d’", "la", "le", "l'", "l’", "van", "von", "der", "den", "da", "di", "del",
    "della", "dos", "das", "bin", "ibn", "al", "el", "of", "the", "y",
]);

/// Titles and roles, lower case, written before a person's name (`M.`, `le président`, `son
/// homologue`, `the judge`): evidence for PER, never part of the name.
#[rustfmt::skip]
pub static TITLES: WordSet = WordSet::new(&[
    "m.", "mm.", "mme", "mmes", "mlle", "dr", "dr.", "pr", "me", "mgr", "mr", "mr.", "mrs", "mrs.", "ms",
    "ms.", "sir", "lord", "dame", "président", "présidente", "president", "ministre", "minister",
    "chancelier", "chancelière", "chancellor", "général", "general", "gen.", "colonel", "capitaine",
    "captain", "sénateur", "sénatrice", "senator", "député", "députée", "maire", "mayor", "juge", "judge",
    "pape", "pope", "roi", "reine", "king", "queen", "prince", "princesse", "princess", "cardinal", "imam",
    "rabbin", "ayatollah", "cheikh", "émir", "dirigeant", "dirigeante", "leader", "homologue", "counterpart",
    "porte-parole", "spokesman", "spokeswoman", "secrétaire", "secretary", "gouverneur", "governor",
    "ambassadeur", "ambassadrice", "ambassador", "commissaire", "entraîneur", "coach", "patron", "patronne",
    "chef", "cheffe", "directeur", "directrice", "director", "pdg", "ceo", "saint", "sainte", "frère", "sœur",
    "père", "mère", "madame", "monsieur", "mademoiselle", "docteur", "professeur", "maître", "acteur",
    "actrice", "chanteur", "chanteuse", "écrivain", "écrivaine", "auteur", "autrice", "poète", "peintre",
    "joueur", "joueuse", "réalisateur", "réalisatrice", "compositeur", "épouse", "mari", "veuve",
    "président-directeur", "candidat", "candidate", "opposant", "opposante", "avocat", "avocate", "procureur",
    "procureure", "journaliste", "philosophe", "historien", "historienne", "économiste", "sociologue",
    "chercheur", "chercheuse", "diplomate", "vice-président", "vice-présidente", "premier", "première",
    "prime", "gov.", "sen.", "rep.", "gen.", "lt.", "col.", "capt.", "sgt.", "insp.", "det.", "adm.",
    "préfet", "préfète", "sous-préfet", "sous-préfète", "recteur", "rectrice", "commandant", "adjudant",
    "lieutenant", "bâtonnier", "évêque", "archevêque", "consul",
    // Kinship: "her eldest son George", "son fils Charles" name a person, not a place ("son" in
    // English only: the French possessive, "son fil Twitter", see `Doc::titled`).
    "son", "daughter", "brother", "sister", "wife", "husband", "father", "mother", "widow", "widower",
    "uncle", "aunt", "nephew", "niece", "cousin", "cousine", "grandson", "granddaughter", "grandfather",
    "grandmother", "fils", "fille", "neveu", "nièce", "oncle", "tante", "petit-fils", "petite-fille",
    "grand-père", "grand-mère", "veuf", "fiancé", "fiancée", "compagnon", "compagne",
]);

/// Capitalised titles written before a name, English style ("President Mary Collins", "Prime
/// Minister"), left outside the name.
#[rustfmt::skip]
pub static LEADING_TITLES: WordSet = WordSet::new(&[
    "president", "président", "présidente", "minister", "ministre", "senator", "sénateur", "sénatrice",
    "secretary", "governor", "gouverneur", "mayor", "maire", "chancellor", "chancelier", "chancelière",
    "ambassador", "ambassadeur", "judge", "juge", "prime", "mr", "mrs", "ms", "dr", "prof", "professor",
    "commissioner", "spokesman", "spokeswoman", "coach", "ceo", "mme", "mmes", "mlle", "mlles", "mgr", "me",
    "pr", "sir", "lord", "dame", "gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt", "adm", "coach",
    "manager", "chairman", "chairwoman", "chief", "inspector", "detective", "sheriff", "rabbi", "bishop",
    "archbishop", "justice", "commander", "lieutenant", "sergeant", "captain", "colonel", "general",
    "admiral", "constable", "superintendent", "cardinal", "attorney", "deputy", "assistant", "associate",
    "acting", "interim", "baron", "baroness", "viscount", "earl", "duke",
    "duchess", "marquess", "count", "countess", "emperor", "empress", "tsar", "sultan", "shah",
    "executive", "director", "officer", "secretary-general", "director-general", "attorney-general",
    "mp", "mep", "prosecutor", "solicitor", "magistrate", "councillor", "councilman", "councilwoman", "alderman",
    "trooper", "spokesperson", "treasurer", "comptroller", "auditor", "assemblyman",
    "assemblywoman", "congressman", "congresswoman", "representative", "speaker",
    "vice-president", "vice-chancellor", "lieutenant-general", "major-general",
    // French titles the regional press capitalises ("le Préfet de Police Laurent Nuñez").
    "préfet", "préfète", "sous-préfet", "sous-préfète", "procureur", "procureure", "député", "députée",
    "recteur", "rectrice", "commandant", "capitaine", "général", "adjudant", "docteur", "bâtonnier",
    "évêque", "archevêque", "pape", "consul", "vice-président", "vice-présidente",
]);

/// Fields a title governs, capitalised in its complement ("Préfet de Police", "ministre de la
/// Justice", "Secretary of State"): words of the title there, not names of their own.
#[rustfmt::skip]
pub static TITLE_FIELDS: WordSet = WordSet::new(&[
    "Police", "Région", "Département", "République", "Justice", "Intérieur", "Défense", "Santé",
    "Économie", "Culture", "Éducation", "Travail", "Agriculture", "Environnement", "Armées", "Sports",
    "Affaires", "Étrangères", "Finances", "State", "Defense", "Defence", "Interior", "Health",
    "Education", "Agriculture", "Energy", "Commerce", "Labor", "Labour", "Transport", "Treasury",
    "Foreign", "Home", "Homeland", "Security",
]);

/// Job titles after which "particle + capitalised word" belongs to the title.
#[rustfmt::skip]
pub static JOB_TITLES: WordSet = WordSet::new(&[
    "ministre", "ministère", "secrétaire", "président", "présidente", "directeur", "directrice", "chef",
    "cheffe", "commissaire", "ambassadeur", "ambassadrice", "haut-commissaire", "garde", "minister",
    "secretary", "ministry", "department", "chancelier", "procureur", "préfet", "préfète", "délégué",
    "déléguée",
]);

/// First words of the names of organisations (`Armée populaire coréenne`, `Bank of England`).
#[rustfmt::skip]
pub static ORG_HEADS: WordSet = WordSet::new(&[
    "Armée", "Parti", "Banque", "Union", "Organisation", "Conseil", "Assemblée", "Commission", "Fédération",
    "Établissement", "Etablissement",
    "Agence", "Université", "Institut", "Ministère", "Comité", "Cour", "Tribunal", "Église", "Front",
    "Mouvement", "Alliance", "Garde", "Marine", "Forces", "Police", "Gendarmerie", "Office", "Autorité",
    "Fondation", "Association", "Société", "Compagnie", "Groupe", "Académie", "Chambre", "Sénat", "Parlement",
    "Congrès", "Gouvernement", "Conférence", "Syndicat", "Confédération", "Coalition", "Ligue", "Club",
    "Orchestre", "École", "Ecole", "Lycée", "Collège", "Hôpital", "Musée", "Bibliothèque", "Observatoire",
    "Direction", "Bureau", "Fonds", "Caisse", "Régie", "Brigade", "Régiment", "Conservatoire", "Cabinet",
    "Army", "Party", "Bank", "Organization", "Council", "Assembly", "Federation", "Agency", "University",
    "Institute", "Ministry", "Department", "Committee", "Court", "Church", "Movement", "Guard", "Navy",
    "Authority", "Foundation", "Society", "Company", "Group", "Academy", "Chamber", "Senate",
    "Parliament", "Congress", "Government", "Conference", "League", "Orchestra", "School", "College",
    "Hospital", "Museum", "Library", "Board", "Fund", "Corporation", "Guardia",
]);

/// Last words of the names of organisations (`Columbia Records`, `Harvard University`).
#[rustfmt::skip]
pub static ORG_TAILS: WordSet = WordSet::new(&[
    "Inc", "Corp", "Ltd", "LLC", "SA", "AG", "GmbH", "FC", "Company", "Party", "Bank", "University",
    "Council", "Committee", "Agency", "Association", "Foundation", "Institute", "Ministry", "Army",
    "Commission", "Federation", "Union", "Club", "Airlines", "Motors", "Records", "Studios", "Press", "Times",
    "News", "Pictures", "Entertainment", "Communications", "Broadcasting", "Electronics", "Productions",
    "Films", "Media", "Airways", "Holdings", "Technologies", "Systems", "Networks", "Interactive", "Software",
    "Games", "Band", "Orchestra", "Ensemble", "Brothers", "Bros", "Industries", "Enterprises", "Partners",
    "Capital", "Investments", "Labs", "Laboratories", "Pharmaceuticals", "Telecom", "Energy", "Group",
    "Service", "Services", "Corporation", "Authority", "Commission", "Administration", "Office",
    "School", "College", "Academy", "Hospital", "Court", "Police", "Department", "Navy", "Guard",
    "Movement", "Front", "Alliance", "Coalition", "League", "Congress", "Assembly", "Parliament",
    "CF", "AFC", "SC", "AC", "FK", "SK", "BK", "IF", "Products", "International",
]);

/// First words of the names of sports clubs ("FC Nantes", "Dinamo Zagreb", "Real Madrid"): with
/// another capitalised word after them the name is an organisation.
#[rustfmt::skip]
pub static CLUB_HEADS: WordSet = WordSet::new(&[
    "FC", "AS", "SC", "AC", "RC", "US", "CS", "CA", "SV", "VfB", "VfL", "TSV", "FK", "NK", "HC", "HK", "KRC",
    "KV", "KSV", "AFC", "CF", "CD", "SD", "UD", "SSC", "ACF", "OGC", "ESTAC", "CSKA", "Dinamo", "Dynamo",
    "Spartak", "Lokomotiv", "Real", "Athletic", "Atlético", "Racing", "Sporting", "Olympique", "Olympiakos",
    "Stade", "Red", "Inter", "Borussia", "Rapid", "Standard", "Deportivo", "Club",
]);

/// Last words of the names of English clubs after their town ("Manchester United").
#[rustfmt::skip]
pub static CLUB_TAILS: WordSet = WordSet::new(&[
    "United", "City", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "Town", "Rangers",
    "Celtic", "Olympic", "Sporting",
]);

/// News agencies, named in nearly every wire article ("(Reuters)", "selon l'AFP").
#[rustfmt::skip]
pub static NEWS_AGENCIES: WordSet = WordSet::new(&[
    "AFP", "Reuters", "AP", "Bloomberg", "EPA", "SIPA", "Sipa", "MAXPPP", "Maxppp", "ABACA", "Abaca", "Xinhua", "Yonhap", "KCNA", "TASS", "Tass", "Interfax", "Belga", "ANSA",
    "EFE", "DPA", "Kyodo", "Anadolu", "Sputnik",
]);

/// News media, lower case (agencies, papers, broadcasters, programmes): organisations, which
/// report speech and never speak in it.
#[rustfmt::skip]
pub static MEDIA: WordSet = WordSet::new(&[
    "people's daily", "afp", "reuters", "ap", "bloomberg", "xinhua", "yonhap", "kcna", "tass", "interfax", "belga", "ansa",
    "efe", "dpa", "kyodo", "anadolu", "sputnik", "getty images", "getty", "epa", "sipa", "maxppp", "abaca",
    "hans lucas", "shutterstock", "alamy", "pa media", "press association", "anp", "ritzau", "nurphoto",
    "zuma press", "afp photo", "ap photo", "reuters/", "le monde", "le figaro", "libération", "ouest-france",
    "ouest france", "franceinfo", "france info", "bfmtv", "bfm", "tf1", "france 2", "france 3", "france 5",
    "france inter", "france culture", "france bleu", "france 24", "rfi", "tv5monde", "rtl", "europe 1", "lci",
    "cnews", "le parisien", "aujourd'hui en france", "jdd", "journal du dimanche", "la tribune",
    "la tribune dimanche", "les echos", "les échos", "l'express", "le point", "l'obs", "mediapart",
    "20 minutes", "la croix", "l'humanité", "le dauphiné libéré", "sud ouest", "la voix du nord",
    "le progrès", "la dépêche", "nice-matin", "le télégramme", "l'équipe", "canal+", "arte", "m6", "bein",
    "bein sports", "rmc", "rmc sport", "bbc", "cnn", "nbc", "cbs", "abc", "fox news", "npr", "pbs",
    "new york times", "the new york times", "washington post", "the washington post", "guardian",
    "the guardian", "the times", "telegraph", "the telegraph", "financial times", "wall street journal",
    "the wall street journal", "politico", "axios", "sky news", "al jazeera", "rfe/rl", "rfe", "dw",
    "deutsche welle", "le soir", "la libre belgique", "rtbf", "rts", "le temps", "radio-canada", "la presse",
    "le devoir", "cbc", "usa today", "los angeles times", "associated press", "agence france-presse",
    "match of the day", "espn", "sky sports", "the independent", "daily mail", "the sun", "the economist",
    "tribune dimanche", "tribune", "parisien", "figaro", "monde",
    // French regional papers, and Belgian, Swiss and Quebec ones.
    "l'indépendant", "midi libre", "la dépêche du midi", "le républicain lorrain", "l'est républicain",
    "le courrier picard", "la montagne", "corse-matin", "corse matin", "la provence", "var-matin",
    "var matin", "l'union", "le bien public", "le maine libre", "presse océan", "centre presse",
    "la nouvelle république", "l'yonne républicaine", "le journal du centre", "l'alsace",
    "dernières nouvelles d'alsace", "dna", "le berry républicain", "l'écho républicain",
    "la charente libre", "charente libre", "sud-ouest", "le courrier de l'ouest", "la presse de la manche",
    "paris-normandie", "le havre presse", "l'éveil normand", "la république du centre", "le populaire du centre",
    "la voix du nord", "nord éclair", "nord eclair", "nord-éclair", "nord-eclair", "l'ardennais", "le journal de saône-et-loire", "le dauphiné",
    "l'avenir", "la dernière heure", "la meuse", "sudinfo", "la tribune de genève", "24 heures", "le matin",
    "l'illustré", "le journal de montréal", "le soleil", "le droit", "la voix de l'est", "actu.fr", "brut",
    "konbini", "huffpost", "le huffpost", "slate", "marianne", "valeurs actuelles", "le canard enchaîné",
    "challenges", "l'opinion", "l'humanité", "nice matin", "ouest-france", "france télévisions",
    "radio france", "france info", "public sénat", "lcp", "arte", "tv5", "rtl", "rmc", "cnews", "c8",
]);

/// Abbreviations that end names, written with a full stop ("Jr.", "Inc.").
pub static ABBREVIATED_TAILS: WordSet =
    WordSet::new(&["Jr", "Sr", "Inc", "Bros", "Corp", "Ltd", "Co"]);

/// Abbreviations written with full stops, which are names ("U.S.", "U.N."), not initials.
#[rustfmt::skip]
pub const DOTTED_ABBREVIATIONS: &[(&str, Label)] = &[
    ("U.S.", Label::Loc), ("U.S.A.", Label::Loc), ("U.K.", Label::Loc), ("U.A.E.", Label::Loc),
    ("U.S.S.R.", Label::Loc), ("D.C.", Label::Loc), ("N.Y.", Label::Loc), ("L.A.", Label::Loc),
    ("U.N.", Label::Org), ("E.U.", Label::Org), ("N.A.T.O.", Label::Org), ("F.B.I.", Label::Org),
    ("C.I.A.", Label::Org), ("U.E.", Label::Org), ("O.N.U.", Label::Org), ("É.-U.", Label::Loc),
];

/// English capitalised words for peoples, languages, creeds and their followers, political
/// camps and eras, which name no person, place or organisation when alone ("a lifelong
/// Republican", "Roman legions", "the Christian city", "in Sanskrit"): other names (MISC).
#[rustfmt::skip]
pub static PEOPLES_AND_CREEDS: WordSet = WordSet::new(&[
    "English", "Scottish", "Welsh", "Irish", "Cornish", "European", "Europeans", "African", "Africans",
    "Asian", "Asians", "Arab", "Arabs", "Arabic", "Latin", "Roman", "Romans", "Hellenic", "Hellenistic",
    "Byzantine", "Ottoman", "Ottomans", "Persian", "Persians", "Assyrian", "Assyrians", "Babylonian",
    "Celtic", "Celts", "Gaelic", "Norse", "Viking", "Vikings", "Saxon", "Saxons", "Anglo-Saxon",
    "Anglo-Saxons", "Norman", "Normans", "Frankish", "Germanic", "Slavic", "Slavs", "Nordic", "Scandinavian",
    "Scandinavians", "Baltic", "Balkan", "Hispanic", "Hispanics", "Latino", "Latinos", "Latina", "Creole",
    "Aboriginal", "Aborigines", "Indigenous", "Inuit", "Sami", "Kurdish", "Kurd", "Kurds", "Pashtun",
    "Pashtuns", "Tamil", "Tamils", "Sinhalese", "Bengali", "Punjabi", "Hindi", "Urdu", "Sanskrit",
    "Mandarin", "Cantonese", "Tibetan", "Tibetans", "Uyghur", "Uyghurs", "Berber", "Berbers", "Amazigh",
    "Bedouin", "Bedouins", "Yiddish", "Hebrew", "Aramaic", "Esperanto", "Swahili", "Zulu", "Xhosa",
    "Yoruba", "Igbo", "Hausa", "Maori", "Polynesian", "Christian", "Christians", "Catholic", "Catholics",
    "Protestant", "Protestants", "Orthodox", "Anglican", "Anglicans", "Methodist", "Methodists", "Baptist",
    "Baptists", "Lutheran", "Lutherans", "Calvinist", "Calvinists", "Presbyterian", "Evangelical",
    "Evangelicals", "Pentecostal", "Mormon", "Mormons", "Quaker", "Quakers", "Jesuit", "Jesuits", "Muslim",
    "Muslims", "Islamic", "Sunni", "Sunnis", "Shia", "Shiite", "Shiites", "Sufi", "Jewish", "Jew", "Jews",
    "Hindu", "Hindus", "Buddhist", "Buddhists", "Sikh", "Sikhs", "Jain", "Taoist", "Confucian",
    "Zoroastrian", "Pagan", "Pagans", "Republican", "Republicans", "Democrat", "Democrats", "Conservative",
    "Conservatives", "Liberal", "Liberals", "Tory", "Tories", "Socialist", "Socialists", "Communist",
    "Communists", "Marxist", "Marxists", "Leninist", "Maoist", "Maoists", "Trotskyist", "Fascist",
    "Fascists", "Nazi", "Nazis", "Bolshevik", "Bolsheviks", "Whig", "Whigs", "Unionist", "Unionists",
    "Loyalist", "Loyalists", "Libertarian", "Libertarians", "Soviet", "Soviets", "Victorian", "Edwardian",
    "Elizabethan", "Medieval", "Neolithic", "Paleolithic", "Jurassic", "Cretaceous", "Mediterranean",
]);

/// Acronyms of three letters or fewer that are places ("USA", "RDC"); other short acronyms are
/// not looked up in the place gazetteer.
#[rustfmt::skip]
pub static PLACE_ACRONYMS: WordSet = WordSet::new(&[
    "USA", "US", "UK", "UAE", "EAU", "RDC", "DRC", "RFA", "RDA", "RCA", "NY", "DC", "GB", "NYC", "UE",
]);

/// Words of sports reports, lower case: a text that uses several is about sport, where a town
/// after "against" or "signed for" is its club.
#[rustfmt::skip]
pub static SPORT_WORDS: WordSet = WordSet::new(&[
    "match", "matches", "goal", "goals", "league", "season", "championship", "striker", "midfielder",
    "defender", "goalkeeper", "scored", "penalty", "relegated", "relegation", "promotion", "fixture",
    "stadium", "kick-off", "tournament", "teammate", "teammates", "matchs", "championnat", "saison",
    "attaquant", "milieu", "défenseur", "gardien", "entraîneur", "pénalty", "penalty", "relégué",
    "relégation", "stade", "tournoi", "coéquipier", "coéquipiers", "buteur", "victoire", "défaite",
    "premier league", "ligue", "club", "clubs", "coach", "manager", "équipe",
]);

/// Words right before a club's name in a sports report ("against Liverpool", "contre Lyon"),
/// and pairs of words ("signed for", "draw with", "face à").
#[rustfmt::skip]
pub const CLUB_BEFORE: &[&str] = &[
    "against", "versus", "vs", "beat", "beating", "beats", "defeated", "defeating", "thrashed", "joined",
    "joins", "joining", "contre", "battu", "battre", "affronte", "affronter",
];

/// Words right after a club's name in a sports report ("his Tottenham side", "Lyon's fans" is
/// not matched: the possessive stands between).
#[rustfmt::skip]
pub static CLUB_AFTER: WordSet = WordSet::new(&[
    "side", "squad", "boss", "manager", "striker", "midfielder", "defender", "goalkeeper", "captain",
    "fans", "supporters", "players", "player", "coach", "forward", "winger", "academy",
]);

/// Pairs of words before a club's name (`(second to last, last)`).
#[rustfmt::skip]
pub const CLUB_BEFORE_PAIRS: &[(&[&str], &[&str])] = &[
    (&["draw", "drew", "tie", "tied", "drawn"], &["with", "against"]),
    (&["loss", "lost", "defeat", "loan", "loaned", "sold", "transfer", "transferred", "switch"], &["to"]),
    (&["win", "wins", "won", "victory"], &["over", "against", "at"]),
    (&["signed", "played", "plays", "playing", "scored", "scores", "debut", "appearances", "goals",
       "caps", "signing", "starred"], &["for", "with"]),
    (&["released", "signed", "sacked", "relegated", "beaten", "knocked"], &["by"]),
    (&["loan", "signed", "arrived", "joined", "signing"], &["from"]),
    (&["prêté", "signé"], &["à", "au"]),
    (&["signé", "joué", "marqué"], &["pour", "avec"]),
];

/// Parties and civic movements whose names are made of common words or take an article
/// (lower case): French, Belgian, Swiss, Canadian and African parties of the news, and the
/// main parties of English-speaking countries.
#[rustfmt::skip]
pub static PARTIES: WordSet = WordSet::new(&[
    "la france insoumise", "france insoumise", "les républicains", "rassemblement national", "les écologistes",
    "europe écologie les verts", "les verts", "parti socialiste", "parti communiste français",
    "reconquête", "horizons", "modem", "mouvement démocrate", "nouveau front populaire",
    "debout la france", "lutte ouvrière", "nouveau parti anticapitaliste", "place publique",
    "les patriotes", "la république en marche", "en marche", "génération écologie", "les engagés",
    "front national", "union pour un mouvement populaire", "balai citoyen", "y'en a marre",
    "parti québécois", "bloc québécois", "nouveau parti démocratique", "vlaams belang", "ecolo",
    "parti du travail de belgique", "union démocratique du centre", "parti libéral-radical",
    "labour", "labour party", "conservative party", "liberal democrats", "reform uk",
    "scottish national party", "sinn féin", "democratic party", "republican party",
    "liberal party", "green party", "alternative für deutschland", "forza italia", "fratelli d'italia",
    "podemos", "vox", "syriza", "fidesz", "likoud", "likud", "hamas", "hezbollah", "fatah",
    "african national congress",
]);

/// Words of photo credits, captions and wire credit lines, which start no name ("Photo Getty
/// Images", "Crédit AFP", "Writing by Bernard Orr; Editing by Andrew Heavens").
#[rustfmt::skip]
pub static CREDIT_WORDS: WordSet = WordSet::new(&[
    "Photo", "Photos", "Crédit", "Crédits", "Credit", "Credits", "Illustration", "Image", "Images",
    "Vidéo", "Video", "Capture", "Source", "Sources", "Infographie", "Archives", "Archive", "Caption",
    "Légende", "Copyright", "Reporting", "Writing", "Editing", "Additional", "Compiled", "Translated",
    "Translation", "Traduction", "Rédaction", "Correspondance", "Envoyé", "Envoyée",
]);

/// Points of the compass that complete a place ("Europe du Nord", "Afrique de l'Est").
#[rustfmt::skip]
pub static COMPASS: WordSet = WordSet::new(&[
    "Nord", "Sud", "Est", "Ouest", "Nord-Est", "Nord-Ouest", "Sud-Est", "Sud-Ouest", "Centre",
]);

/// Heads of the names of states, which take lower-case adjectives: "Empire russe", "Royaume de
/// Hongrie".
#[rustfmt::skip]
pub static STATE_HEADS: WordSet = WordSet::new(&[
    "Empire", "Royaume", "République", "Principauté", "Grand-duché", "Duché", "Comté", "Sultanat", "Émirat",
    "Califat", "Kingdom", "Republic", "Duchy", "Principality", "Confédération",
]);

/// Lower-case generic nouns that French writes before a proper name and that belong to the
/// name ("océan Indien", "baie d'Hudson", "université d'Oxford", "guerre de Sept Ans"), with the
/// label they give. Administrative words ("région de Koursk") are not among them: there the
/// name alone is the place.
#[rustfmt::skip]
pub const GENERIC_HEADS: &[(&str, Label)] = &[
    ("océan", Label::Loc), ("mer", Label::Loc), ("lac", Label::Loc), ("golfe", Label::Loc), ("baie", Label::Loc),
    ("détroit", Label::Loc), ("île", Label::Loc), ("îles", Label::Loc), ("mont", Label::Loc), ("monts", Label::Loc),
    ("cap", Label::Loc), ("fleuve", Label::Loc), ("château", Label::Loc), ("palais", Label::Loc), ("canal", Label::Loc),
    ("col", Label::Loc), ("massif", Label::Loc), ("forêt", Label::Loc), ("désert", Label::Loc), ("plaine", Label::Loc),
    ("isthme", Label::Loc), ("province", Label::Loc), ("canton", Label::Loc),
    ("comté", Label::Loc), ("péninsule", Label::Loc), ("presqu'île", Label::Loc), ("glacier", Label::Loc),
    ("pic", Label::Loc), ("aiguille", Label::Loc), ("rivière", Label::Loc), ("basilique", Label::Loc),
    ("cathédrale", Label::Loc), ("abbaye", Label::Loc), ("église", Label::Loc), ("musée", Label::Loc),
    ("hôtel", Label::Loc), ("prison", Label::Loc), ("parc", Label::Loc), ("rue", Label::Loc), ("avenue", Label::Loc),
    ("boulevard", Label::Loc), ("pont", Label::Loc), ("république", Label::Loc), ("bois", Label::Loc),
    ("réserve", Label::Loc), ("comitat", Label::Loc),
    ("université", Label::Org), ("ordre", Label::Org), ("guerre", Label::Misc), ("dynastie", Label::Misc),
    ("traité", Label::Misc), ("bataille", Label::Misc), ("révolution", Label::Misc), ("siège", Label::Misc),
];

/// Seats of institutions: ORG when they act, LOC as places ("au Kremlin").
#[rustfmt::skip]
pub static INSTITUTION_SEATS: WordSet = WordSet::new(&[
    "Kremlin", "Élysée", "Elysée", "Matignon", "Maison-Blanche", "Maison Blanche", "White House", "Pentagone",
    "Pentagon", "Quai d'Orsay", "Downing Street", "Bercy", "Beauvau", "Capitole", "Capitol", "Knesset",
]);

/// First words of place names (`Mont Blanc`, `Lake Geneva`, `Rue de Rivoli`).
#[rustfmt::skip]
pub static LOC_HEADS: WordSet = WordSet::new(&[
    "Mont", "Monts", "Lac", "Île", "Îles", "Ile", "Iles", "Golfe", "Mer", "Océan", "Cap", "Baie", "Détroit",
    "Canal", "Fleuve", "Vallée", "Plaine", "Désert", "Forêt", "Région", "Province", "Rue", "Avenue",
    "Boulevard", "Place", "Pont", "Gare", "Aéroport", "Palais", "Château", "Stade", "Massif", "Col", "Pointe",
    "Mount", "Island", "Islands", "Gulf", "Sea", "Ocean", "Cape", "Bay", "Strait", "River", "Valley",
    "Desert", "Forest", "Street", "Square", "Bridge", "Station", "Airport", "Palace", "Castle", "Stadium",
    "Fort", "Port", "Saint", "Sainte", "San", "Santa", "Lake",
]);

/// Last words of English place names ("Central Park", "Pond Inlet", "Yankee Stadium").
#[rustfmt::skip]
pub static LOC_TAILS: WordSet = WordSet::new(&[
    "Park", "Garden", "Gardens", "Bridge", "Square", "Street", "Avenue", "Road", "Lane", "Boulevard",
    "Harbour", "Harbor", "Inlet", "Bay", "Island", "Islands", "Lake", "River", "Creek", "Valley", "Mountain",
    "Mountains", "Hill", "Hills", "Beach", "Coast", "Stadium", "Arena", "Oval", "Airport", "Station",
    "Castle", "Palace", "Tower", "Abbey", "Cathedral", "Theatre", "Theater", "Hotel", "Falls", "Canyon",
    "Peninsula", "Desert", "Forest", "Heights", "Springs", "County", "Province", "Governorate", "District",
    "Region", "Township", "Parish", "Prefecture", "Oblast", "Municipality", "Borough", "Cave", "Caves",
    "Caverns", "Canal", "Trail", "Pass", "Peak", "Glacier", "Reservoir", "Dam", "Lagoon", "Strait", "Sea",
    "Ocean", "Gulf", "Channel", "Strip", "Plateau", "Basin", "Delta", "Wetlands", "Reserve", "Highway",
]);

/// Regions of the world that no country or city list holds.
#[rustfmt::skip]
pub static MACRO_REGIONS: WordSet = WordSet::new(&[
    "Occident", "Orient", "Moyen-Orient", "Proche-Orient", "Extrême-Orient", "Maghreb", "Sahel", "Balkans",
    "Caucase", "Scandinavie", "Méditerranée", "Arctique", "Antarctique", "Antarctica", "Arctic", "Amazonie",
    "Sibérie", "Patagonie", "Levant", "Middle East", "Far East", "Mediterranean", "Caucasus",
    "Scandinavia", "Siberia", "Amazon", "Oural", "Himalaya", "Alpes", "Pyrénées", "Alps", "Rhin", "Seine",
    "Loire", "Rhône", "Danube", "Nil", "Nile", "Donbass", "Crimée", "Crimea", "Cisjordanie", "Gaza",
    "Kurdistan", "Tibet", "Cachemire", "Kashmir", "Sahara", "Riviera", "Bretagne", "Normandie", "Provence",
    "Alsace", "Corse", "Catalogne", "Bavière", "Flandre", "Wallonie", "Toscane", "Sicile", "Sardaigne",
    "Afrique", "Amérique", "Asie", "Europe", "Océanie", "Amérique du Nord", "Amérique du Sud", "Amérique latine",
    "Amérique centrale", "Angleterre", "Écosse", "Pays de Galles", "Irlande du Nord", "Caraïbes", "Antilles",
    "England", "Scotland", "Wales", "Northern Ireland", "Caribbean", "Latin America", "North America",
    "South America", "Central America", "Grande-Bretagne", "Great Britain", "Nouvelle-Angleterre",
    "New England", "Prusse", "Prussia", "Mésopotamie", "Mesopotamia", "Anatolie", "Anatolia", "Laponie",
    "Lapland", "Bohême", "Bohemia", "Moravie", "Moravia", "Silésie", "Silesia", "Transylvanie",
    "Transylvania", "Flandres", "Flanders", "Mandchourie", "Manchuria", "Indochine", "Indochina",
]);

/// Words of the names of events, wars, prizes, treaties and holidays (`Guerre froide`, `Prix
/// Goncourt`, `Summer Olympics`).
#[rustfmt::skip]
pub static MISC_WORDS: WordSet = WordSet::new(&[
    "Guerre", "War", "Prix", "Prize", "Jeux", "Games", "Coupe", "Cup", "Festival", "Traité", "Treaty",
    "Révolution", "Revolution", "Championnat", "Championship", "Noël", "Pâques", "Ramadan", "Christmas",
    "Easter", "Toussaint", "Aïd", "Hanoukka", "Thanksgiving", "Halloween", "Brexit", "Covid", "Covid-19", "COVID",
    "Renaissance", "Holocauste", "Holocaust", "Shoah", "Grand Prix", "Tour", "Battle", "Siege", "Olympics",
    "Olympiad", "Olympiade", "Championships", "Awards", "Award", "Oscars", "Césars", "Expo", "Marathon",
    "Bowl", "Summit", "Sommet", "Biennale", "Exposition", "Crusade", "Croisade", "Uprising", "Massacre",
    // Competitions named by a number or a letter (see `candidates::extend`).
    "Formule 1", "Formule 2", "Formula 1", "Formula 2", "Formula One", "Serie A",
    "Serie B", "Série A", "Série B",
]);

/// The words before the number or letter of a competition's name ("Ligue 1", "Formule 1",
/// "Serie A"), which the name takes in.
#[rustfmt::skip]
pub static NUMBERED_COMPETITIONS: WordSet = WordSet::new(&["Ligue", "Formule", "Formula", "Serie", "Série"]);

/// Common nouns that French and English write with a capital and that name nothing alone.
#[rustfmt::skip]
pub static CAPITALISED_NOUNS: WordSet = WordSet::new(&[
    "État", "États", "Etat", "Etats", "République", "Gouvernement", "Président", "Présidente", "Premier",
    "Internet", "Web", "Dieu", "Bourse", "Constitution", "Nord", "Sud", "Est", "Ouest", "State", "States",
    "Government", "President", "God", "North", "South", "East", "West", "Etat-major", "État-major",
    "QG", "PIB", "TVA", "SMS", "CV", "OK", "TV", "PDG", "DG", "RDV", "PV", "Defendant", "Defendants",
    "Plaintiff", "Plaintiffs", "Petitioner", "Respondent", "Appellant", "Prosecutor", "Prosecutors",
    "Opposition", "Cabinet", "MPs", "MEPs", "CEOs", "Majority", "Company",
    // Acronyms of common nouns: media, medicine, computing, eras, jobs.
    "DVD", "CD", "EP", "LP", "PC", "GPS", "DNA", "ADN", "ARN", "RNA", "HIV", "VIH", "AIDS", "SIDA", "CEO",
    "CFO", "COO", "CTO", "GDP", "USB", "LED", "LCD", "SUV", "ATM", "IQ", "VIP", "AI", "IA", "UFO", "OVNI",
    "ICU", "BC", "AD", "NGO", "ONG", "PME", "TPE", "SDF", "CDI", "CDD", "HLM", "TGV", "RER", "TER", "PMA",
    "IVG", "GPA", "RTT", "BTS", "DUT", "CAP", "BEP", "BAC", "QCM", "URL", "PDF", "HTML", "API", "SMS",
    "MMS", "RAM", "CPU", "GPU", "LGBT", "LGBTQ", "HD", "VTT", "VTC", "EHPAD",
]);

/// Prepositions after which an unknown name is a place.
#[rustfmt::skip]
pub static PLACE_PREPOSITIONS: WordSet = WordSet::new(&[
    "à", "en", "au", "aux", "vers", "depuis", "via", "in", "at", "from", "to", "near", "into", "across", "outside",
    "through", "throughout", "around", "toward", "onto",
    "inside", "towards",
]);

/// Adjectives that make a region of a place: "Afrique centrale", "Pakistan oriental".
#[rustfmt::skip]
pub static DIRECTIONAL: WordSet = WordSet::new(&[
    "central", "centrale", "oriental", "orientale", "occidental", "occidentale", "méridional",
    "méridionale", "septentrional", "septentrionale", "équatorial", "équatoriale", "austral", "australe",
    "boréal", "boréale", "insulaire", "continental", "continentale", "maritime", "centraux", "orientaux",
    "occidentaux", "méridionaux", "septentrionaux", "équatoriaux", "australes", "orientales",
    "occidentales", "méridionales", "septentrionales",
]);

/// Lower-case nouns and phrases after which "de X" names a place: "la ville de X", "les communes
/// de X", "au large de X", "le maire de X", "the city of X".
#[rustfmt::skip]
pub static PLACE_NOUNS: WordSet = WordSet::new(&[
    "ville", "villes", "commune", "communes", "village", "villages", "bourg", "hameau", "localité",
    "municipalité", "agglomération", "district", "province", "canton", "comté", "département", "quartier",
    "quartiers", "faubourg", "banlieue", "diocèse", "archidiocèse", "évêché", "archevêché", "paroisse",
    "préfecture", "oblast", "gouvernorat", "territoire", "capitale", "port", "gare", "aéroport", "camp",
    "forteresse", "citadelle", "carrière", "carrières", "vallée", "plaine", "plateau", "atoll", "archipel",
    "péninsule", "presqu'île", "côte", "côtes", "littoral", "environs", "près", "proche", "proches", "large",
    "loin", "direction", "périphérie", "habitants", "maire", "évêque", "archevêque", "roi", "reine",
    "royaume", "empereur", "sud", "nord", "ouest", "est", "centre", "city", "town", "county", "state",
    "suburb", "mayor", "outskirts", "center", "north", "south", "east", "west",
    "région", "régions", "cours", "rive", "rives", "long", "affluent", "affluents", "embouchure", "bassin",
    "delta", "estuaire", "berges", "confluent", "confluence", "amont", "aval", "rivière", "fleuve", "lac",
    "baie", "golfe", "mer", "île", "îles", "vallées", "plaines", "montagnes", "versant", "frontière",
    "frontières", "originaire", "originaires", "natif", "native", "natifs", "natives",
]);

/// Nouns before the name of an organisation: "le groupe Pink Floyd", "la compagnie Air Inter".
#[rustfmt::skip]
pub static ORG_NOUNS: WordSet = WordSet::new(&[
    "groupe", "société", "compagnie", "entreprise", "firme", "club", "équipe", "studio", "studios", "label",
    "maison", "parti", "journal", "quotidien", "hebdomadaire", "magazine", "chaîne", "station", "radio",
    "banque", "constructeur", "éditeur", "agence", "formation", "association", "organisation", "syndicat",
    "fabricant", "opérateur", "franchise", "filiale", "plateforme", "équipementier", "écurie", "distributeur",
    "producteur", "diffuseur", "fondation", "organisme", "institution", "confrérie", "ligue", "groupes",
    "sociétés", "compagnies", "entreprises", "firmes", "clubs", "équipes", "marque", "marques", "moteur",
    "moteurs", "constructeurs", "éditeurs", "labels", "partis", "banques", "chaînes", "journaux",
    "formations", "syndicats", "associations", "organisations", "fabricants", "opérateurs", "band", "company",
    "firm", "team", "party", "newspaper", "channel", "network", "bank", "carmaker", "publisher", "agency",
    "usine", "usines", "enseigne", "enseignes", "géant", "distributeur", "chimiste", "laboratoire",
]);

/// Nouns before the name of a work, product or event: "le film Evita", "sur la console Game Boy".
#[rustfmt::skip]
pub static MISC_NOUNS: WordSet = WordSet::new(&[
    "film", "films", "album", "albums", "chanson", "chansons", "single", "titre", "jeu", "jeux", "série",
    "feuilleton", "émission", "roman", "romans", "livre", "nouvelle", "pièce", "opéra", "ballet", "tableau",
    "poème", "recueil", "bande", "console", "consoles", "logiciel", "programme", "site", "agrégateur",
    "navigateur", "système", "langage", "opération", "version", "tournoi", "course", "rallye", "trophée", "ver",
    "virus", "movie", "song", "novel", "book", "game", "series", "show", "software", "tournament",
    "plan", "dispositif",
]);

/// Months and days, which a capital at the start of a line or sentence does not make names.
#[rustfmt::skip]
pub static CALENDAR_WORDS: WordSet = WordSet::new(&[
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "january", "february",
    "april", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays",
    "thursdays", "fridays", "saturdays", "sundays",
]);

/// Determiners: a lone unknown name after one is not a person.
#[rustfmt::skip]
pub static DETERMINERS: WordSet = WordSet::new(&[
    "le", "la", "les", "l'", "l’", "du", "des", "au", "aux", "un", "une", "ce", "cette", "ces", "son", "sa", "ses",
    "leur", "leurs", "notre", "votre", "the", "a", "an", "this", "these", "those", "its", "their", "our",
]);

/// Particles that French (and German, English) place names hold between hyphens
/// (`Nœux-les-Mines`, `Châlons-en-Champagne`, `Frankfurt-am-Main`).
#[rustfmt::skip]
pub const HYPHEN_PARTICLES: &[&str] = &[
    "sur", "sous", "lès", "lez", "les", "en", "le", "la", "aux", "au", "de", "du", "des", "d'", "l'", "près",
    "am", "an", "im", "upon", "on",
];

/// The lists a word belongs to, one bit a list, from one lookup ([`capitalised_lists`],
/// [`lower_case_lists`]): the features step asks every word, so the lists are indexed once
/// instead of looked up one by one.
pub mod bits {
    /// [`super::ORG_HEADS`].
    pub const ORG_HEAD: u16 = 1;
    /// [`super::ORG_TAILS`].
    pub const ORG_TAIL: u16 = 1 << 1;
    /// [`super::LOC_HEADS`].
    pub const LOC_HEAD: u16 = 1 << 2;
    /// [`super::LOC_TAILS`].
    pub const LOC_TAIL: u16 = 1 << 3;
    /// [`super::STATE_HEADS`].
    pub const STATE_HEAD: u16 = 1 << 4;
    /// [`super::MISC_WORDS`].
    pub const MISC_WORD: u16 = 1 << 5;
    /// [`super::CLUB_HEADS`].
    pub const CLUB_HEAD: u16 = 1 << 6;
    /// [`super::CLUB_TAILS`].
    pub const CLUB_TAIL: u16 = 1 << 7;
    /// [`super::COMPASS`].
    pub const COMPASS: u16 = 1 << 8;
    /// [`super::INSTITUTION_SEATS`].
    pub const SEAT: u16 = 1 << 9;
    /// [`super::MACRO_REGIONS`].
    pub const MACRO_REGION: u16 = 1 << 10;
    /// [`super::PEOPLES_AND_CREEDS`].
    pub const PEOPLE_OR_CREED: u16 = 1 << 14;
    /// [`super::SPORT_WORDS`] (lower case).
    pub const SPORT_WORD: u16 = 1 << 15;
    /// [`super::PARTICLES`] (lower case).
    pub const PARTICLE: u16 = 1 << 11;
    /// [`super::JOB_TITLES`] (lower case).
    pub const JOB_TITLE: u16 = 1 << 12;
    /// [`super::LEADING_TITLES`] (lower case).
    pub const LEADING_TITLE: u16 = 1 << 13;
}

/// An index of lists: word → the bits of the lists that hold it.
fn index(lists: &[(&WordSet, u16)]) -> FxHashMap<&'static str, u16> {
    let mut map = FxHashMap::default();
    for &(list, bit) in lists {
        for &word in list.words() {
            *map.entry(word).or_default() |= bit;
        }
    }
    map
}

/// The capitalised-name lists that hold `word` exactly as written.
pub fn capitalised_lists(word: &str) -> u16 {
    static INDEX: OnceLock<FxHashMap<&'static str, u16>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        index(&[
            (&ORG_HEADS, bits::ORG_HEAD),
            (&ORG_TAILS, bits::ORG_TAIL),
            (&LOC_HEADS, bits::LOC_HEAD),
            (&LOC_TAILS, bits::LOC_TAIL),
            (&STATE_HEADS, bits::STATE_HEAD),
            (&MISC_WORDS, bits::MISC_WORD),
            (&CLUB_HEADS, bits::CLUB_HEAD),
            (&CLUB_TAILS, bits::CLUB_TAIL),
            (&COMPASS, bits::COMPASS),
            (&INSTITUTION_SEATS, bits::SEAT),
            (&MACRO_REGIONS, bits::MACRO_REGION),
            (&PEOPLES_AND_CREEDS, bits::PEOPLE_OR_CREED),
        ])
    });
    index.get(word).copied().unwrap_or(0)
}

/// The lower-case lists (particles, job titles, leading titles) that hold `lower`, a word in
/// lower case.
pub fn lower_case_lists(lower: &str) -> u16 {
    static INDEX: OnceLock<FxHashMap<&'static str, u16>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        index(&[
            (&PARTICLES, bits::PARTICLE),
            (&JOB_TITLES, bits::JOB_TITLE),
            (&LEADING_TITLES, bits::LEADING_TITLE),
            (&SPORT_WORDS, bits::SPORT_WORD),
        ])
    });
    index.get(lower).copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lists the features look up for capitalised words only must hold only capitalised
    /// words, or a lower-case word of the text would be missed.
    #[test]
    fn one_lookup_finds_every_list() {
        assert_eq!(capitalised_lists("Parti"), bits::ORG_HEAD);
        assert_eq!(
            capitalised_lists("Club"),
            bits::ORG_HEAD | bits::ORG_TAIL | bits::CLUB_HEAD
        );
        assert_eq!(capitalised_lists("parti"), 0);
        assert_eq!(lower_case_lists("de"), bits::PARTICLE);
        assert_eq!(
            lower_case_lists("président"),
            bits::JOB_TITLE | bits::LEADING_TITLE
        );
    }

    #[test]
    fn capitalised_lists_hold_capitalised_words() {
        let lists: [(&str, &WordSet); 13] = [
            ("ORG_HEADS", &ORG_HEADS),
            ("ORG_TAILS", &ORG_TAILS),
            ("LOC_HEADS", &LOC_HEADS),
            ("LOC_TAILS", &LOC_TAILS),
            ("STATE_HEADS", &STATE_HEADS),
            ("MISC_WORDS", &MISC_WORDS),
            ("CLUB_HEADS", &CLUB_HEADS),
            ("CLUB_TAILS", &CLUB_TAILS),
            ("COMPASS", &COMPASS),
            ("INSTITUTION_SEATS", &INSTITUTION_SEATS),
            ("MACRO_REGIONS", &MACRO_REGIONS),
            ("CAPITALISED_NOUNS", &CAPITALISED_NOUNS),
            ("NEWS_AGENCIES", &NEWS_AGENCIES),
        ];
        for (name, list) in lists {
            for word in list.words() {
                assert!(
                    word.starts_with(char::is_uppercase),
                    "{name} holds {word:?}"
                );
            }
        }
    }
}
