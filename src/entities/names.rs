//! Names: people (PER), places (LOC), organisations (ORG) and other names (MISC).
//!
//! 1. **Candidates** are runs of capitalised words, joined across name particles (`Corée du
//!    Nord`, `Jean de La Fontaine`, `Bank of England`), initials (`J. R. R. Tolkien`) and hyphens
//!    (`Kim Jong-Un`, one token), but not across "de" before or after a full name (`Michel
//!    Therrien des Canadiens`, `le Parti québécois de Jacques Parizeau`) nor between an acronym
//!    and a place (`le CSKA de Moscou`); an organisation, event
//!    or state head (`Armée`, `Parti`, `Guerre`, `Empire`…) also takes up to three following
//!    adjectives and "de" complements (`Armée populaire coréenne`, `Ligue de hockey de
//!    l'Ontario`); places take a directional adjective (`Afrique centrale`), and a generic noun
//!    of nature or building before them (`océan Indien`, `musée du Louvre`).
//! 2. **Sentence-initial capitals** are resolved: a first word that is a stopword, or that the
//!    document also writes in lower case, is dropped (`Les Russes` → `Russes`); a lone unknown
//!    first word is kept only if the document also writes it capitalised mid-sentence.
//! 3. **Titles, roles and nationalities** (`M.`, `Mme`, `le président`, `son homologue russe`,
//!    `President`, `l'Autrichien`) stay outside the span, and titles are evidence for PER; a
//!    capitalised word after a job title and a particle (`ministre des Affaires étrangères`) is
//!    part of the title, not a name (unless it is a place).
//! 4. **Classification**, first rule that applies, roughly: demonym → MISC; news agency → ORG;
//!    institution seat (`Kremlin`: ORG, LOC after `au`); place gazetteer or macro-region, or
//!    one with its article (`La Ferté-sous-Jouarre`) → LOC;
//!    the complement of a place noun (`la ville de X`, `le cours de l'X`) → LOC; a noun that
//!    says what follows (`le groupe X` → ORG, `le film X` → MISC); a place and a point of the
//!    compass → LOC; organisation heads and tails, clubs, teams named after a place → ORG; place
//!    heads and tails (`Mont`, `Park`) → LOC; event words → MISC; a lone acronym → ORG; a title,
//!    a given name first or initials → PER; a brand → ORG (`Volkswagen`), MISC for a product
//!    (`Google Drive`) or a platform (`sur Facebook`); place-name shapes (`Nœux-les-Mines`,
//!    `Autriche-Hongrie`) → LOC; camel case and model codes → MISC; after a place preposition →
//!    LOC; after an article (people's names take none) → ORG, or for a lone word LOC or MISC;
//!    otherwise PER, unsure.
//! 5. **Lists and document consistency**: names labelled by default in a list take the label of
//!    its surely labelled names; once a name is PER, each of its words before a particle alone is
//!    PER too (`Sergueï Lavrov` → `Lavrov`), and a candidate labelled by a rule is labelled the
//!    same way wherever a weaker default would have applied.
//!
//! The word lists are written here, for the news domain; the gazetteers are generated (see
//! [`super::gazetteer`]).

use super::gazetteer::{Brand, Gazetteer};
use super::tokens::{lower_case, Kind, Token};
use super::wordset::WordSet;
use super::Label;
use crate::span::Span;
use crate::vocabulary::Stopwords;
use rustc_hash::{FxHashMap, FxHashSet};

#[rustfmt::skip]
static PARTICLES: WordSet = WordSet::new(&[
    "de", "du", "des", "d'", "d’", "la", "le", "l'", "l’", "van", "von", "der", "den", "da", "di", "del",
    "della", "dos", "das", "bin", "ibn", "al", "el", "of", "the", "y",
]);

#[rustfmt::skip]
static TITLES: WordSet = WordSet::new(&[
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
]);

/// Capitalised titles written before a name, English style ("President Mary Collins", "Prime
/// Minister"), left outside the name.
#[rustfmt::skip]
static LEADING_TITLES: WordSet = WordSet::new(&[
    "president", "président", "présidente", "minister", "ministre", "senator", "sénateur", "sénatrice",
    "secretary", "governor", "gouverneur", "mayor", "maire", "chancellor", "chancelier", "chancelière",
    "ambassador", "ambassadeur", "judge", "juge", "prime", "mr", "mrs", "ms", "dr", "prof", "professor",
    "commissioner", "spokesman", "spokeswoman", "coach", "ceo", "mme", "mmes", "mlle", "mlles", "mgr", "me",
    "pr", "sir", "lord", "dame", "gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt", "adm", "coach",
    "manager", "chairman", "chairwoman", "chief", "inspector", "detective", "sheriff", "rabbi", "bishop",
    "archbishop", "justice", "commander", "lieutenant", "sergeant", "captain", "colonel", "general",
    "admiral", "constable", "superintendent", "cardinal",
]);

/// Job titles after which "particle + capitalised word" belongs to the title.
#[rustfmt::skip]
static JOB_TITLES: WordSet = WordSet::new(&[
    "ministre", "ministère", "secrétaire", "président", "présidente", "directeur", "directrice", "chef",
    "cheffe", "commissaire", "ambassadeur", "ambassadrice", "haut-commissaire", "garde", "minister",
    "secretary", "ministry", "department", "chancelier", "procureur", "préfet", "préfète", "délégué",
    "déléguée",
]);

#[rustfmt::skip]
static ORG_HEADS: WordSet = WordSet::new(&[
    "Armée", "Parti", "Banque", "Union", "Organisation", "Conseil", "Assemblée", "Commission", "Fédération",
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

#[rustfmt::skip]
static ORG_TAILS: WordSet = WordSet::new(&[
    "Inc", "Corp", "Ltd", "LLC", "SA", "AG", "GmbH", "FC", "Company", "Party", "Bank", "University",
    "Council", "Committee", "Agency", "Association", "Foundation", "Institute", "Ministry", "Army",
    "Commission", "Federation", "Union", "Club", "Airlines", "Motors", "Records", "Studios", "Press", "Times",
    "News", "Pictures", "Entertainment", "Communications", "Broadcasting", "Electronics", "Productions",
    "Films", "Media", "Airways", "Holdings", "Technologies", "Systems", "Networks", "Interactive", "Software",
    "Games", "Band", "Orchestra", "Ensemble", "Brothers", "Bros", "Industries", "Enterprises", "Partners",
    "Capital", "Investments", "Labs", "Laboratories", "Pharmaceuticals", "Telecom", "Energy", "Group",
]);

/// First words of the names of sports clubs ("FC Nantes", "Dinamo Zagreb", "Real Madrid"): with
/// another capitalised word after them the name is an organisation.
#[rustfmt::skip]
static CLUB_HEADS: WordSet = WordSet::new(&[
    "FC", "AS", "SC", "AC", "RC", "US", "CS", "CA", "SV", "VfB", "VfL", "TSV", "FK", "NK", "HC", "HK", "KRC",
    "KV", "KSV", "AFC", "CF", "CD", "SD", "UD", "SSC", "ACF", "OGC", "ESTAC", "CSKA", "Dinamo", "Dynamo",
    "Spartak", "Lokomotiv", "Real", "Athletic", "Atlético", "Racing", "Sporting", "Olympique", "Olympiakos",
    "Stade", "Red", "Inter", "Borussia", "Rapid", "Standard", "Deportivo", "Club",
]);

/// Last words of the names of English clubs after their town ("Manchester United").
#[rustfmt::skip]
static CLUB_TAILS: WordSet = WordSet::new(&[
    "United", "City", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "Town", "Rangers",
    "Celtic", "Olympic", "Sporting",
]);

/// News agencies, named in nearly every wire article ("(Reuters)", "selon l'AFP").
#[rustfmt::skip]
static NEWS_AGENCIES: WordSet = WordSet::new(&[
    "AFP", "Reuters", "AP", "Bloomberg", "Xinhua", "Yonhap", "KCNA", "TASS", "Tass", "Interfax", "Belga", "ANSA",
    "EFE", "DPA", "Kyodo", "Anadolu", "Sputnik",
]);

/// News media, lower case (agencies, papers, broadcasters, programmes): organisations, which
/// report speech and never speak in it.
#[rustfmt::skip]
pub static MEDIA: WordSet = WordSet::new(&[
    "afp", "reuters", "ap", "bloomberg", "xinhua", "yonhap", "kcna", "tass", "interfax", "belga", "ansa",
    "efe", "dpa", "kyodo", "anadolu", "sputnik", "le monde", "le figaro", "libération", "ouest-france",
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
]);

/// Abbreviations that end names, written with a full stop ("Jr.", "Inc.").
static ABBREVIATED_TAILS: WordSet = WordSet::new(&["Jr", "Sr", "Inc", "Bros", "Corp", "Ltd", "Co"]);

/// Points of the compass that complete a place ("Europe du Nord", "Afrique de l'Est").
#[rustfmt::skip]
static COMPASS: WordSet = WordSet::new(&[
    "Nord", "Sud", "Est", "Ouest", "Nord-Est", "Nord-Ouest", "Sud-Est", "Sud-Ouest", "Centre",
]);

/// Heads of the names of states, which take lower-case adjectives: "Empire russe", "Royaume de
/// Hongrie".
#[rustfmt::skip]
static STATE_HEADS: WordSet = WordSet::new(&[
    "Empire", "Royaume", "République", "Principauté", "Grand-duché", "Duché", "Comté", "Sultanat", "Émirat",
    "Califat", "Kingdom", "Republic", "Duchy", "Principality", "Confédération",
]);

/// Lower-case generic nouns that French writes before a proper name and that belong to the
/// name ("océan Indien", "baie d'Hudson", "université d'Oxford", "guerre de Sept Ans"), with the
/// label they give. Administrative words ("région de Koursk") are not among them: there the
/// name alone is the place.
#[rustfmt::skip]
const GENERIC_HEADS: &[(&str, Label)] = &[
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
static INSTITUTION_SEATS: WordSet = WordSet::new(&[
    "Kremlin", "Élysée", "Elysée", "Matignon", "Maison-Blanche", "Maison Blanche", "White House", "Pentagone",
    "Pentagon", "Quai d'Orsay", "Downing Street", "Bercy", "Beauvau", "Capitole", "Capitol", "Knesset",
]);

#[rustfmt::skip]
static LOC_HEADS: WordSet = WordSet::new(&[
    "Mont", "Monts", "Lac", "Île", "Îles", "Ile", "Iles", "Golfe", "Mer", "Océan", "Cap", "Baie", "Détroit",
    "Canal", "Fleuve", "Vallée", "Plaine", "Désert", "Forêt", "Région", "Province", "Rue", "Avenue",
    "Boulevard", "Place", "Pont", "Gare", "Aéroport", "Palais", "Château", "Stade", "Massif", "Col", "Pointe",
    "Mount", "Island", "Islands", "Gulf", "Sea", "Ocean", "Cape", "Bay", "Strait", "River", "Valley",
    "Desert", "Forest", "Street", "Square", "Bridge", "Station", "Airport", "Palace", "Castle", "Stadium",
    "Fort", "Port", "Saint", "Sainte", "San", "Santa", "Lake",
]);

/// Last words of English place names ("Central Park", "Pond Inlet", "Yankee Stadium").
#[rustfmt::skip]
static LOC_TAILS: WordSet = WordSet::new(&[
    "Park", "Garden", "Gardens", "Bridge", "Square", "Street", "Avenue", "Road", "Lane", "Boulevard",
    "Harbour", "Harbor", "Inlet", "Bay", "Island", "Islands", "Lake", "River", "Creek", "Valley", "Mountain",
    "Mountains", "Hill", "Hills", "Beach", "Coast", "Stadium", "Arena", "Oval", "Airport", "Station",
    "Castle", "Palace", "Tower", "Abbey", "Cathedral", "Theatre", "Theater", "Hotel", "Falls", "Canyon",
    "Peninsula", "Desert", "Forest", "Heights", "Springs", "County",
]);

/// Regions of the world that no country or city list holds.
#[rustfmt::skip]
static MACRO_REGIONS: WordSet = WordSet::new(&[
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

#[rustfmt::skip]
static MISC_WORDS: WordSet = WordSet::new(&[
    "Guerre", "War", "Prix", "Prize", "Jeux", "Games", "Coupe", "Cup", "Festival", "Traité", "Treaty",
    "Révolution", "Revolution", "Championnat", "Championship", "Noël", "Pâques", "Ramadan", "Christmas",
    "Easter", "Toussaint", "Aïd", "Hanoukka", "Thanksgiving", "Halloween", "Brexit", "Covid", "Covid-19",
    "Renaissance", "Holocauste", "Holocaust", "Shoah", "Grand Prix", "Tour", "Battle", "Siege", "Olympics",
    "Olympiad", "Olympiade", "Championships", "Awards", "Award", "Oscars", "Césars", "Expo", "Marathon",
    "Bowl", "Summit", "Sommet", "Biennale", "Exposition", "Crusade", "Croisade", "Uprising", "Massacre",
]);

/// Common nouns that French and English write with a capital and that name nothing alone.
#[rustfmt::skip]
static CAPITALISED_NOUNS: WordSet = WordSet::new(&[
    "État", "États", "Etat", "Etats", "République", "Gouvernement", "Président", "Présidente", "Premier",
    "Internet", "Web", "Dieu", "Bourse", "Constitution", "Nord", "Sud", "Est", "Ouest", "State", "States",
    "Government", "President", "God", "North", "South", "East", "West", "Etat-major", "État-major",
    "QG", "PIB", "TVA", "SMS", "CV", "OK", "TV", "PDG", "DG", "RDV", "PV",
]);

/// Prepositions after which an unknown name is a place.
#[rustfmt::skip]
static PLACE_PREPOSITIONS: WordSet = WordSet::new(&[
    "à", "en", "au", "aux", "vers", "depuis", "via", "in", "at", "from", "to", "near", "into", "across", "outside",
    "through", "throughout", "around", "toward", "onto",
    "inside", "towards",
]);

/// Adjectives that make a region of a place: "Afrique centrale", "Pakistan oriental".
#[rustfmt::skip]
static DIRECTIONAL: WordSet = WordSet::new(&[
    "central", "centrale", "oriental", "orientale", "occidental", "occidentale", "méridional",
    "méridionale", "septentrional", "septentrionale", "équatorial", "équatoriale", "austral", "australe",
    "boréal", "boréale", "insulaire", "continental", "continentale", "maritime", "centraux", "orientaux",
    "occidentaux", "méridionaux", "septentrionaux", "équatoriaux", "australes", "orientales",
    "occidentales", "méridionales", "septentrionales",
]);

/// Lower-case nouns and phrases after which "de X" names a place: "la ville de X", "les communes
/// de X", "au large de X", "le maire de X", "the city of X".
#[rustfmt::skip]
static PLACE_NOUNS: WordSet = WordSet::new(&[
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
static ORG_NOUNS: WordSet = WordSet::new(&[
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
static MISC_NOUNS: WordSet = WordSet::new(&[
    "film", "films", "album", "albums", "chanson", "chansons", "single", "titre", "jeu", "jeux", "série",
    "feuilleton", "émission", "roman", "romans", "livre", "nouvelle", "pièce", "opéra", "ballet", "tableau",
    "poème", "recueil", "bande", "console", "consoles", "logiciel", "programme", "site", "agrégateur",
    "navigateur", "système", "langage", "opération", "version", "tournoi", "course", "rallye", "trophée", "ver",
    "virus", "movie", "song", "novel", "book", "game", "series", "show", "software", "tournament",
]);

/// Months and days, which a capital at the start of a line or sentence does not make names.
#[rustfmt::skip]
static CALENDAR_WORDS: WordSet = WordSet::new(&[
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "january", "february",
    "april", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",
]);

/// Determiners: a lone unknown name after one is not a person.
#[rustfmt::skip]
static DETERMINERS: WordSet = WordSet::new(&[
    "le", "la", "les", "l'", "l’", "du", "des", "au", "aux", "un", "une", "ce", "cette", "ces", "son", "sa", "ses",
    "leur", "leurs", "notre", "votre", "the", "a", "an", "this", "that", "these", "those", "its", "their", "our",
]);

/// Most tokens in one name candidate.
pub const MAX_NAME_TOKENS: usize = 12;

/// A name found, with how sure the label is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Name {
    /// Where it is.
    pub span: Span,
    /// Its label.
    pub label: Label,
    /// Token range `[first, last)`.
    pub tokens: (usize, usize),
    /// True when a rule or a gazetteer gave the label, false for a default guess.
    pub sure: bool,
}

/// What the name finder reads.
pub struct Context<'a> {
    /// The text.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'a [Token],
    /// Tokens already used by numeric entities.
    pub used: &'a [bool],
    /// Tokens that start a sentence (or a heading, or a quotation).
    pub sentence_start: &'a [bool],
    /// Gazetteers.
    pub gazetteer: &'a Gazetteer,
    /// Stopwords, for sentence-initial words and organisation names.
    pub stopwords: &'a Stopwords,
    /// The text is in English: names take no lower-case words after them there ("the Central
    /// Bank of Armenia increased"), as French names do ("Armée populaire coréenne").
    pub english: bool,
}

impl Context<'_> {
    fn s(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.text[t.span.range()])
    }
    /// Is `name` a place: in the place gazetteer, or a region no list holds ("Maghreb")?
    fn is_region(&self, name: &str) -> bool {
        self.gazetteer.is_place(name) || MACRO_REGIONS.contains(name)
    }
    /// The text of tokens `[from, to)`, `to > from`.
    fn between(&self, from: usize, to: usize) -> &str {
        &self.text[self.tokens[from].span.start..self.tokens[to - 1].span.end]
    }
    fn is_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == Kind::Word) && !self.used[i]
    }
    fn is_capitalised(&self, i: usize) -> bool {
        self.is_word(i)
            && match self.s(i).as_bytes() {
                [b, ..] if b.is_ascii_uppercase() => true,
                // "beIN", "eBay", "iPhone": a brand's lower-case first letter and a capital
                // right after.
                [b, rest @ ..] if b.is_ascii_lowercase() => {
                    rest.len() >= 3 && rest[..2].iter().any(u8::is_ascii_uppercase)
                }
                [b, ..] if b.is_ascii() => false,
                _ => self.s(i).chars().next().is_some_and(char::is_uppercase),
            }
    }
    fn adjacent(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.line_before)
    }
    fn is_stopword(&self, word: &str) -> bool {
        let lower = lower_case(word);
        let lower = lower.trim_end_matches(['\'', '’']);
        self.stopwords.contains_any(lower)
    }
}

/// Endings typical of the French names of countries, regions and rivers ("Prusse", "Arabie",
/// "Transvaal" aside).
fn looks_like_place(word: &str) -> bool {
    [
        "ie", "ique", "ande", "anie", "istan", "ée", "ane", "ine", "esse", "onie", "gne", "che",
        "sse",
    ]
    .iter()
    .any(|e| word.ends_with(e))
        && !word.chars().skip(1).any(char::is_uppercase)
}

/// Endings of French and English adjectives and past participles ("populaire", "coréenne",
/// "mondiale", "unies", "armées", "socialiste"), which name heads take after them; verbs
/// ("réclame", "renouvela", "entraîne") and present participles do not end so.
fn looks_like_adjective(word: &str) -> bool {
    #[rustfmt::skip]
    const ENDINGS: &[&str] = &[
        "al", "ale", "ales", "aux", "el", "elle", "els", "elles", "ien", "ienne", "iens", "iennes", "ais",
        "aise", "aises", "ain", "aine", "ains", "aines", "ique", "iques", "aire", "aires", "if", "ive", "ifs",
        "ives", "é", "ée", "és", "ées", "ois", "oise", "oises", "an", "ane", "ans", "anes", "in", "ine", "ins",
        "ines", "iste", "istes", "ie", "ies", "ome", "ble", "bles", "bre", "bres", "ge", "ges", "ire", "ires",
        "i", "is", "u", "ue", "us", "ues", "eur", "eurs", "euse",
        "euses", "ième", "ièmes", "ier", "iers", "ière", "ières", "on", "onne", "ons", "onnes", "ite", "ites",
        "en", "enne", "ens", "ennes", "ic", "ical", "ese", "ish", "ern", "ian", "ed", "ary", "ory",
    ];
    // Present participles and verb endings that the list above would catch.
    let verbish = ["ant", "ait", "aient", "èrent", "ent"]
        .iter()
        .any(|e| word.ends_with(e))
        && !matches!(word, "permanent" | "permanente");
    ENDINGS.iter().any(|e| word.ends_with(e)) && !verbish
}

/// Is `word` the lower-case adjective of a people ("wallonne", "russe", "uranaises")? Its
/// capitalised form is a demonym, or it has a demonym's ending.
fn is_people_adjective(cx: &Context<'_>, word: &str) -> bool {
    let mut chars = word.chars();
    if cx.is_stopword(word) {
        return false; // "mais", "jamais"
    }
    let Some(first) = chars.next().filter(|c| c.is_lowercase()) else {
        return false;
    };
    let capitalised: String = first.to_uppercase().chain(chars).collect();
    cx.gazetteer.is_demonym(&capitalised)
        || [
            "ais", "aise", "aises", "ois", "oise", "oises", "onne", "onnes", "ien", "ienne",
            "iennes",
        ]
        .iter()
        .any(|e| word.ends_with(e))
}

/// Particles that French (and German, English) place names hold between hyphens.
#[rustfmt::skip]
const HYPHEN_PARTICLES: &[&str] = &[
    "sur", "sous", "lès", "lez", "les", "en", "le", "la", "aux", "au", "de", "du", "des", "d'", "l'", "près",
    "am", "an", "im", "upon", "on",
];

/// Is `word` a French place name made with hyphens around a particle ("Nœux-les-Mines",
/// "Saint-Jean-de-Luz", "Châlons-en-Champagne"), capitalised at both ends?
fn is_hyphenated_place(word: &str) -> bool {
    let parts: Vec<&str> = word.split('-').collect();
    let capital = |p: &&str| p.chars().next().is_some_and(char::is_uppercase);
    parts.len() >= 3
        && parts.first().is_some_and(capital)
        && parts.last().is_some_and(capital)
        && parts[1..parts.len() - 1]
            .iter()
            .any(|p| HYPHEN_PARTICLES.contains(p))
}

/// A word with a capital after a lower-case letter, other than a surname prefix ("Mc", "Mac",
/// "Di", "De", "La", "Le", "Van", "Von", "Fitz", "O'").
fn is_camel_case(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    let inner = chars
        .windows(2)
        .position(|w| w[0].is_lowercase() && w[1].is_uppercase());
    let Some(at) = inner else {
        return false;
    };
    let prefix: String = chars[..=at].iter().collect();
    !matches!(
        prefix.as_str(),
        "Mc" | "Mac" | "Di" | "De" | "Da" | "La" | "Le" | "Van" | "Von" | "Fitz" | "Du" | "Des"
    ) && !word.contains('-')
}

fn is_upper_word(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// Is the name `[start, end)` part of a run of words in capitals (a headline), that is, more
/// than one word in capitals, counting the neighbours?
fn in_upper_run(cx: &Context<'_>, start: usize, end: usize) -> bool {
    let upper = |t: usize| {
        cx.tokens.get(t).is_some_and(|tok| tok.kind == Kind::Word) && is_upper_word(cx.s(t))
    };
    let inside = (start..end).filter(|&t| upper(t)).count();
    let before = start > 0
        && (upper(start - 1)
            || (start > 1 && cx.tokens[start - 1].kind == Kind::Punct && upper(start - 2)));
    let after =
        upper(end) || (cx.tokens.get(end).is_some_and(|t| t.kind == Kind::Punct) && upper(end + 1));
    inside + usize::from(before) + usize::from(after) >= 2
}

/// Is `word` written as an acronym (2 to 6 capitals, digits or hyphens: `CGT`, `G7`)?
#[must_use]
pub fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
        && word.chars().next().is_some_and(char::is_uppercase)
}

/// Finds the names of a text.
#[must_use]
pub fn recognise(cx: &Context<'_>) -> Vec<Name> {
    let n = cx.tokens.len();
    // Capitalised words the document writes mid-sentence, and the sentence-initial capitalised
    // words it also writes in lower case elsewhere (looked up in the small set of the
    // sentence-initial words, not by collecting every lower-case word).
    let mut capitalised_inside: FxHashSet<&str> = FxHashSet::default();
    let mut initial: FxHashMap<String, bool> = FxHashMap::default();
    let headline = title_case_lines(cx);
    for (i, &in_headline) in headline.iter().enumerate() {
        if cx.is_capitalised(i) && !in_headline {
            if cx.sentence_start[i] {
                initial.insert(cx.s(i).to_lowercase(), false);
            } else {
                capitalised_inside.insert(cx.s(i));
            }
        }
    }
    for i in 0..n {
        if cx.is_word(i) && cx.s(i).starts_with(|c: char| c.is_lowercase()) {
            if let Some(seen) = initial.get_mut(cx.s(i)) {
                *seen = true;
            }
        }
    }
    let written_lower = |w: &str| initial.get(w).copied().unwrap_or(false);

    let mut names = Vec::new();
    let mut i = 0;
    while i < n {
        if !cx.is_capitalised(i) {
            i += 1;
            continue;
        }
        // A title with its full stop ("M. Lavrov", "Dr. Evans") stays outside the name. (Checked
        // before the name is extended: extending first, then restarting after the title, re-read
        // a chain of titles once per title.)
        if cx.s(i + 1) == "." && TITLES.contains(&format!("{}.", cx.s(i).to_lowercase()).as_str()) {
            i += 1;
            continue;
        }
        // Extend over capitalised words and particles followed by a capitalised word, up to
        // MAX_NAME_TOKENS tokens (a longer run of capitals is a headline or a list, read as
        // several names).
        // In a headline in title case ("Orange County Has State High 21 Cases"), only words the
        // article also writes capitalised elsewhere, or that a list knows, are names.
        let known = |t: usize| {
            !headline[t]
                || capitalised_inside.contains(cx.s(t))
                || (cx.s(t).chars().count() > 3 && known_word(cx, cx.s(t), &capitalised_inside))
        };
        if !known(i) {
            i += 1;
            continue;
        }
        // A title inside a run starts a new name: "Virginia Gov. Bob McDonnell", "U.S. District
        // Judge Kimba Wood".
        let title_at = |t: usize| {
            LEADING_TITLES.contains(&lower_case(cx.s(t)).as_ref())
                && (cx.is_capitalised(t + 1) || (cx.s(t + 1) == "." && cx.is_capitalised(t + 2)))
        };
        let mut end = i + 1;
        loop {
            if end - i >= MAX_NAME_TOKENS {
                break;
            }
            if end < n
                && cx.is_capitalised(end)
                && cx.adjacent(end)
                && cx.tokens[end].space_before
                && known(end)
                && !title_at(end)
            {
                end += 1;
                continue;
            }
            // "RFE/RL": acronyms joined by a slash.
            if cx.s(end) == "/"
                && !cx.tokens[end].space_before
                && is_acronym(cx.s(end - 1))
                && is_acronym(cx.s(end + 1))
                && cx.tokens.get(end + 1).is_some_and(|t| !t.space_before)
            {
                end += 2;
                continue;
            }
            // "Procter & Gamble", "Marks & Spencer".
            if cx.s(end) == "&" && cx.is_capitalised(end + 1) && cx.adjacent(end + 1) {
                end += 2;
                continue;
            }
            // An initial inside a name: "George W. Bush".
            let initial = |t: usize| cx.s(t).chars().count() == 1 && cx.is_capitalised(t);
            // Leading initials too ("J. R. R. Tolkien"), when what follows is a name, not a
            // sentence ("plan B. Le lendemain").
            if end >= 1
                && initial(end - 1)
                && cx.s(end) == "."
                && cx.is_capitalised(end + 1)
                && cx.adjacent(end + 1)
                && (end - 1 > i || initial(end + 1) || !cx.is_stopword(cx.s(end + 1)))
            {
                end += 2;
                continue;
            }
            // Particles: "du Nord", "de La Fontaine", "d'Orsay".
            let mut k = end;
            while k < n
                && cx.is_word(k)
                && PARTICLES.contains(&lower_case(cx.s(k)).as_ref())
                && cx.adjacent(k)
                && k - end < 2
            {
                k += 1;
            }
            // A full name ("Michel Therrien", given name first) does not take "de X" after it:
            // "Michel Therrien des Canadiens", "Arnon Milchan de Regency Enterprises".
            // But a nobiliary particle and one name belong to it ("Pierre Savorgnan de Brazza"),
            // and "Golden Knights de Vegas" is a team of a place.
            let run_after = (k..n)
                .take_while(|&t| cx.is_capitalised(t) && cx.adjacent(t))
                .count();
            let full_name = end - i >= 2
                && cx.gazetteer.is_given_name(cx.s(i))
                && (i..end).all(|t| cx.is_capitalised(t))
                && is_de(cx.s(end))
                && (cx.s(end) == "des"
                    || run_after >= 2
                    || (cx.gazetteer.is_place(cx.s(k)) && !cx.s(end - 1).ends_with('s')));
            // Nor does anything take a full name after "de": "le Parti québécois de Jacques
            // Parizeau", "la Norvège de Pål Trulsen" are two names ("Jean de La Fontaine" is one).
            let full_name_after = k == end + 1
                && is_de(cx.s(end))
                && cx.gazetteer.is_given_name(cx.s(k))
                && cx.is_capitalised(k + 1)
                && cx.adjacent(k + 1);
            // An organisation after the particle is a name of its own: "les Knights de London
            // de la Ligue de hockey" (but "Comité central du Parti" is one).
            let organisation_after = k > end
                && ORG_HEADS.contains(&cx.s(k))
                && !ORG_HEADS.contains(&cx.s(i))
                && !STATE_HEADS.contains(&cx.s(i))
                && (i..end).any(|t| !cx.is_capitalised(t));
            // An acronym before "de" and a place: "le CSKA de Moscou", "l'OSCE d'Astana" are
            // two names. (A people is not split: "les Canadiens de Montréal" is a team.)
            let place_of = end - i == 1
                && is_de(cx.s(end))
                && is_acronym(cx.s(i))
                && k < n
                && cx.gazetteer.is_place(cx.between(k, k + run_after.max(1)));
            if k > end
                && k < n
                && cx.is_capitalised(k)
                && cx.adjacent(k)
                && !full_name
                && !full_name_after
                && !organisation_after
                && !place_of
            {
                end = k + 1;
                continue;
            }
            break;
        }
        let mut start = i;
        split_nationality(cx, &mut names, &mut start, end);
        // An English title before a name ("President Mary Collins") stays outside it.
        while end - start > 1
            && LEADING_TITLES.contains(&lower_case(cx.s(start)).as_ref())
            && cx.is_capitalised(start + 1)
        {
            start += 1;
        }
        // A capitalised stopword followed by a particle starts no name ("Entre la Russie").
        let initial_first = cx.s(start).chars().count() == 1 && cx.s(start + 1) == ".";
        // Nor does an unknown sentence-initial word ("Originaire d'Al Hoceïma", "Natif de
        // Rotterdam"), unless the whole is a known place ("Rio de Janeiro").
        let unknown = |w: &str| !known_word(cx, w, &capitalised_inside);
        let unknown_opener = |w: &str| {
            cx.sentence_start[start] && unknown(w) && !cx.gazetteer.is_place(cx.between(start, end))
        };
        if end - start > 1
            && (cx.is_stopword(cx.s(start))
                || (unknown_opener(cx.s(start))
                    && PARTICLES.contains(&lower_case(cx.s(start + 1)).as_ref())))
            && !cx.is_capitalised(start + 1)
            && !initial_first
        {
            start += 1;
            while start < end && !cx.is_capitalised(start) {
                start += 1;
            }
        }
        // Sentence-initial capital on a common word: drop it.
        if cx.sentence_start[start] {
            let first = cx.s(start);
            let common = cx.is_stopword(first) || written_lower(&lower_case(first));
            let single_unknown = end - start == 1 && unknown(first);
            // "Seuls Rafael Nadal …": an unknown first word before a given name is a common
            // word, not part of the person's name.
            let before_given =
                end - start >= 3 && cx.gazetteer.is_given_name(cx.s(start + 1)) && unknown(first);
            // "New York", "Los Angeles", "La Paz" at the start of a sentence: a known place
            // keeps its first word.
            let place = end - start >= 2
                && (start + 2..=end).any(|e| cx.gazetteer.is_place(cx.between(start, e)));
            if (common || single_unknown || before_given) && !place {
                start += 1;
                // Skip particles left at the front.
                while start < end && !cx.is_capitalised(start) {
                    start += 1;
                }
            }
        }
        if start >= end {
            i = end;
            continue;
        }
        // Again after a dropped sentence-initial word: "Le Norvégien Bjørn Dæhlie".
        split_nationality(cx, &mut names, &mut start, end);
        // An acronym or a word in capitals before a person's full name is a name of its own:
        // "la secrétaire générale de la CGT Sophie Binet", "beIN SPORTS Tamara Horacek".
        let shouted = |t: usize| {
            let w = cx.s(t);
            is_acronym(w) || is_upper_word(w) || w.starts_with(char::is_lowercase)
        };
        let person_at = (start + 1..end.saturating_sub(1)).find(|&p| {
            cx.gazetteer.is_given_name(cx.s(p))
                && cx.is_capitalised(p + 1)
                && (start..p).all(shouted)
                && !in_upper_run(cx, p, end)
        });
        if let Some(p) = person_at {
            let head = cx.between(start, p);
            let label = if cx.gazetteer.is_place(head) {
                Label::Loc
            } else {
                Label::Org
            };
            names.push(Name {
                span: Span::new(cx.tokens[start].span.start, cx.tokens[p - 1].span.end),
                label,
                tokens: (start, p),
                sure: true,
            });
            start = p;
        }
        // Organisation and event heads take following lower-case words that are not stopwords,
        // with a particle between them: "Armée populaire coréenne", "Ligue nationale de hockey",
        // "Seconde Guerre mondiale".
        if !cx.english
            && (start..end).any(|t| {
                ORG_HEADS.contains(&cx.s(t))
                    || MISC_WORDS.contains(&cx.s(t))
                    || STATE_HEADS.contains(&cx.s(t))
            })
        {
            let mut k = end;
            while k < n && k - end < 4 && cx.is_word(k) && cx.adjacent(k) {
                let w = cx.s(k);
                let lower_word = w.chars().next().is_some_and(char::is_lowercase)
                    && !cx.is_stopword(w)
                    && (looks_like_adjective(w) || is_people_adjective(cx, w));
                // "de la", "de l'": the article after the particle.
                let article = usize::from(
                    w == "de" && matches!(cx.s(k + 1), "la" | "l'" | "l’") && cx.adjacent(k + 2),
                );
                let after = k + 1 + article;
                let particle_then_word = matches!(w, "de" | "du" | "des")
                    && cx.is_word(after)
                    && cx.s(after).chars().next().is_some_and(char::is_lowercase)
                    && !cx.is_stopword(cx.s(after))
                    // not an infinitive: "prier la Chambre de choisir"
                    && !(cx.s(after).ends_with("er") || cx.s(after).ends_with("ir"));
                // "Conseil régional de Bretagne", "Ligue de hockey de l'Ontario": a particle and
                // a capitalised word after the head.
                let particle_then_name = PARTICLES.contains(&lower_case(w).as_ref())
                    && cx.is_capitalised(after)
                    && cx.adjacent(after)
                    // "Parti québécois de Jacques Parizeau": a person after the particle.
                    && !(cx.gazetteer.is_given_name(cx.s(after)) && cx.is_capitalised(after + 1));
                if lower_word {
                    k += 1;
                } else if particle_then_word {
                    k = after + 1;
                } else if particle_then_name {
                    k = after + 1;
                    while k < n && cx.is_capitalised(k) && cx.adjacent(k) {
                        k += 1;
                    }
                } else {
                    break;
                }
            }
            end = k.min(n);
        }
        // "Arabie saoudite", "Guinée équatoriale", "Amérique centrale": lower-case words that
        // complete a known place.
        for extra in [2, 1] {
            if end + extra <= n && (end..end + extra).all(|t| cx.is_word(t) && cx.adjacent(t)) {
                let longer = cx.between(start, end + extra);
                if cx.is_region(longer) {
                    end += extra;
                    break;
                }
            }
        }
        // "Afrique centrale", "Pakistan oriental": a place and a directional adjective;
        // "Région wallonne", "Alpes uranaises": a regional head and a people's adjective.
        let head_word = cx.s(start);
        if end < n
            && cx.adjacent(end)
            && (LOC_HEADS.contains(&head_word) || MACRO_REGIONS.contains(&head_word))
            && end - start == 1
            && is_people_adjective(cx, cx.s(end))
        {
            end += 1;
        }
        if end < n
            && cx.adjacent(end)
            && DIRECTIONAL.contains(&cx.s(end))
            && cx.is_region(cx.between(start, end))
        {
            end += 1;
        }
        // "océan Indien", "baie d'Hudson": a generic noun before the name belongs to it.
        let mut generic = None;
        if start > 0 {
            let (mut g, mut particles) = (start, 0);
            while g > 0 && particles < 2 && PARTICLES.contains(&lower_case(cx.s(g - 1)).as_ref()) {
                g -= 1;
                particles += 1;
            }
            // "parc national de Timanfaya", "université catholique de Louvain": one adjective
            // between the noun and the particle.
            let generic_at = |h: usize| GENERIC_HEADS.iter().find(|(w, _)| *w == cx.s(h));
            if particles > 0
                && g > 1
                && generic_at(g - 1).is_none()
                && generic_at(g - 2).is_some()
                && looks_like_adjective(cx.s(g - 1))
                && cx.is_word(g - 1)
            {
                g -= 1;
            }
            if g > 0 && cx.is_word(g - 1) && (g..=start).all(|t| cx.adjacent(t)) {
                if let Some(&(_, label)) = generic_at(g - 1) {
                    // "guerre de Sept Ans" is an event, "guerre de la Russie" is Russia's war.
                    let article =
                        (g..start).any(|t| matches!(cx.s(t), "la" | "le" | "les" | "l'" | "l’"));
                    if !(label == Label::Misc && article) {
                        generic = Some((g - 1, label));
                    }
                }
            }
        }
        if let Some((g, label)) = generic {
            let span = Span::new(cx.tokens[g].span.start, cx.tokens[end - 1].span.end);
            names.push(Name {
                span,
                label,
                tokens: (g, end),
                sure: true,
            });
            i = end;
            continue;
        }
        if let Some(mut name) = classify(cx, start, end) {
            // "Lon Chaney Jr.", "Warner Bros.", "Atari Inc.": the abbreviation keeps its stop.
            if ABBREVIATED_TAILS.contains(&cx.s(end - 1))
                && cx.s(end) == "."
                && !cx.tokens[end].space_before
            {
                name.span = Span::new(name.span.start, cx.tokens[end].span.end);
                name.tokens.1 = end + 1;
            }
            names.push(name);
        }
        i = end;
    }
    consistency(cx, &mut names);
    names
}

/// Tokens on lines written in title case, as English headlines are ("Orange County Has State
/// High 21 Cases of Measles"): at least three words of four letters or more, three quarters of
/// them capitalised, and no full stop at the end.
fn title_case_lines(cx: &Context<'_>) -> Vec<bool> {
    let n = cx.tokens.len();
    let mut out = vec![false; n];
    let mut start = 0;
    while start < n {
        let mut end = start + 1;
        while end < n && !cx.tokens[end].line_before {
            end += 1;
        }
        let long: Vec<usize> = (start..end)
            .filter(|&t| cx.tokens[t].kind == Kind::Word && cx.s(t).chars().count() >= 4)
            .collect();
        let capitalised = long.iter().filter(|&&t| cx.is_capitalised(t)).count();
        let stops = cx.s(end - 1) == ".";
        if long.len() >= 3 && capitalised * 4 >= long.len() * 3 && !stops && cx.english {
            out[start..end].iter_mut().for_each(|f| *f = true);
        }
        start = end;
    }
    out
}

/// Is `word` the particle "de" in one of its forms ("de", "du", "des", "d'")?
fn is_de(word: &str) -> bool {
    matches!(word, "de" | "du" | "des" | "d'" | "d’")
}

/// Does anything say that the capitalised `word` is (part of) a name: a gazetteer, a head or
/// event word, a title, an acronym's shape, or the document writing it capitalised
/// mid-sentence? A sentence-initial word with none of these is taken for a common word.
fn known_word(cx: &Context<'_>, word: &str, capitalised_inside: &FxHashSet<&str>) -> bool {
    cx.gazetteer.is_place(word)
        || cx.gazetteer.is_given_name(word)
        || cx.gazetteer.is_demonym(word)
        || capitalised_inside.contains(word)
        || is_acronym(word)
        || ORG_HEADS.contains(&word)
        || LOC_HEADS.contains(&word)
        || STATE_HEADS.contains(&word)
        || MISC_WORDS.contains(&word)
        || CLUB_HEADS.contains(&word)
        || MACRO_REGIONS.contains(&word)
        || INSTITUTION_SEATS.contains(&word)
        || LEADING_TITLES.contains(&lower_case(word).as_ref())
}

/// "l'Autrichien Karl Schranz", "the Briton Andy Murray": a nationality at `start`, before more
/// name, is a name of its own (pushed to `names`); `start` moves past it. "American Film
/// Institute", "British Museum" stay one name.
fn split_nationality(cx: &Context<'_>, names: &mut Vec<Name>, start: &mut usize, end: usize) {
    let s = *start;
    if end - s >= 2
        && cx.gazetteer.is_demonym(cx.s(s))
        && !cx.gazetteer.is_place(cx.s(s))
        && cx.is_capitalised(s + 1)
        && !ORG_TAILS.contains(&cx.s(end - 1))
        && !LOC_TAILS.contains(&cx.s(end - 1))
        && !ORG_HEADS.contains(&cx.s(s + 1))
    {
        names.push(Name {
            span: cx.tokens[s].span,
            label: Label::Misc,
            tokens: (s, s + 1),
            sure: true,
        });
        *start += 1;
    }
}

/// Is the name at `start` the complement of a place noun: "la ville de X", "le cours de l'X",
/// "le long du X", "the city of X"?
fn place_noun_before(cx: &Context<'_>, start: usize) -> bool {
    let Some((mut word, mut pos)) = word_before(cx, start) else {
        return false;
    };
    // "de l'Arve", "de la Volga": the article, then "de".
    if matches!(word.as_str(), "l'" | "l’" | "la" | "le" | "les") {
        let Some((w, p)) = word_before(cx, pos) else {
            return false;
        };
        if !matches!(w.as_str(), "de" | "d'" | "d’") {
            return false;
        }
        (word, pos) = (w, p);
    }
    // The noun, or the noun and one adjective: "la rive gauche de l'Arve".
    (is_de(&word) || word == "of")
        && word_before(cx, pos).is_some_and(|(w, p)| {
            PLACE_NOUNS.contains(&w.as_str())
                || (!cx.is_stopword(&w)
                    && word_before(cx, p).is_some_and(|(n, _)| PLACE_NOUNS.contains(&n.as_str())))
        })
}

/// The lower-cased token before `i`, reading `M .` as `m.`.
fn word_before(cx: &Context<'_>, i: usize) -> Option<(String, usize)> {
    if i == 0 {
        return None;
    }
    let prev = cx.s(i - 1);
    if prev == "." && i >= 2 {
        return Some((format!("{}.", cx.s(i - 2).to_lowercase()), i - 2));
    }
    (cx.tokens[i - 1].kind == Kind::Word).then(|| (prev.to_lowercase(), i - 1))
}

/// Is `word` (lower case) a title or role ("ministre", "minister", "porte-parole")?
#[must_use]
pub fn is_title_word(word: &str) -> bool {
    TITLES.contains(&word) && !matches!(word, "premier" | "première" | "prime" | "saint" | "sainte")
}

/// Is there a title or role before token `i` (over at most two lower-case adjectives)?
fn titled(cx: &Context<'_>, i: usize) -> bool {
    described_by(cx, i, &TITLES, 3, false)
}

/// Is one of `nouns` before token `i`, over at most `reach - 1` lower-case words, and, with
/// `complements`, over "de" and its noun too ("le groupe de hard rock américain", "la maison
/// de production")?
fn described_by(
    cx: &Context<'_>,
    i: usize,
    nouns: &WordSet,
    reach: usize,
    complements: bool,
) -> bool {
    let mut at = i;
    for _ in 0..reach {
        let Some((word, pos)) = word_before(cx, at) else {
            return false;
        };
        if nouns.contains(&word.as_str()) {
            return true;
        }
        // Skip a lower-case adjective ("son homologue russe Sergueï Lavrov").
        if word.chars().next().is_some_and(char::is_lowercase)
            && (!cx.is_stopword(&word) || (complements && word == "de"))
            && !word.ends_with('.')
        {
            at = pos;
            continue;
        }
        return false;
    }
    false
}

fn classify(cx: &Context<'_>, start: usize, end: usize) -> Option<Name> {
    let span = Span::new(cx.tokens[start].span.start, cx.tokens[end - 1].span.end);
    let name = &cx.text[span.range()];
    let first = cx.s(start);
    let last = cx.s(end - 1);
    let single = end - start == 1;
    let make = |label, sure| {
        Some(Name {
            span,
            label,
            tokens: (start, end),
            sure,
        })
    };
    let before = word_before(cx, start).map(|(w, _)| w).unwrap_or_default();
    let gz = cx.gazetteer;

    // Part of a job title: "ministre des Affaires étrangères", "président de la République"; but
    // an institution stays one ("président de la Chambre", "de la Commission européenne").
    if !gz.is_place(name) && !ORG_HEADS.contains(&first) {
        let mut k = start;
        let mut particles = 0;
        while k > 0 && particles < 2 && PARTICLES.contains(&lower_case(cx.s(k - 1)).as_ref()) {
            k -= 1;
            particles += 1;
        }
        // Over up to two adjectives: "la ministre nord-coréenne des Affaires étrangères".
        let mut adjectives = 0;
        while particles > 0 && k > 0 && adjectives < 2 && {
            let w = cx.s(k - 1);
            w.chars().next().is_some_and(char::is_lowercase)
                && !cx.is_stopword(w)
                && !JOB_TITLES.contains(&lower_case(w).as_ref())
        } {
            k -= 1;
            adjectives += 1;
        }
        if particles > 0 && k > 0 && JOB_TITLES.contains(&lower_case(cx.s(k - 1)).as_ref()) {
            return None;
        }
    }
    let lower = name.to_lowercase();
    // Words of a headline in capitals ("BOURSE DE PARIS", "LES COTONS, LAINES"): only places
    // are names there.
    if (start..end).all(|t| is_upper_word(cx.s(t)) || !cx.is_capitalised(t))
        && in_upper_run(cx, start, end)
    {
        if single && (NEWS_AGENCIES.contains(&name) || MEDIA.contains(lower.as_str())) {
            return make(Label::Org, true);
        }
        if gz.is_place(name) {
            return make(Label::Loc, true); // "NEW YORK (AP) —"
        }
        let place = (start..end).rev().find(|&t| gz.is_place(cx.s(t)));
        return place.map(|t| Name {
            span: cx.tokens[t].span,
            label: Label::Loc,
            tokens: (t, t + 1),
            sure: true,
        });
    }
    if single
        && (cx.is_stopword(name)
            || CAPITALISED_NOUNS.contains(&name)
            || CALENDAR_WORDS.contains(&lower.as_str()))
    {
        return None;
    }
    // A demonym names people ("les Russes"); "Suisse" is also the country, after "la", "en"…
    if single && gz.is_demonym(name) {
        let people = matches!(
            before.as_str(),
            "les" | "des" | "un" | "une" | "ces" | "the" | "many" | "some" | ""
        ) || !gz.is_place(name);
        if people {
            return make(Label::Misc, true);
        }
    }
    if NEWS_AGENCIES.contains(&name) || MEDIA.contains(lower.replace('’', "'").as_str()) {
        return make(Label::Org, true);
    }
    // "New Yorkers", "Californians", "Americans": the people of a place.
    let people_of_place = |stem: &str, add: &str| {
        name.strip_suffix(stem)
            .is_some_and(|base| base.len() > 2 && gz.is_place(&format!("{base}{add}")))
    };
    if people_of_place("ers", "")
        || people_of_place("ians", "ia")
        || people_of_place("ans", "a")
        || people_of_place("ians", "y")
    {
        return make(Label::Misc, true);
    }
    if INSTITUTION_SEATS.contains(&name) {
        let place = matches!(
            before.as_str(),
            "au" | "à" | "dans" | "devant" | "at" | "in" | "outside" | "inside"
        ) || (before == "la"
            && word_before(cx, start - 1).is_some_and(|(w, _)| w == "à"));
        return make(if place { Label::Loc } else { Label::Org }, true);
    }
    let is_title = titled(cx, start)
        || (start > 0
            && LEADING_TITLES.contains(&lower_case(cx.s(start - 1)).as_ref())
            && cx.is_capitalised(start - 1));
    let given_first = gz.is_given_name(first) && !single;
    // A place, unless a title makes a lone place name a person ("M. Paris").
    if cx.is_region(name) && !(single && is_title) {
        return make(Label::Loc, true);
    }
    if STATE_HEADS.contains(&first) && !single {
        return make(Label::Loc, true);
    }
    // "La Nouvelle-Orléans", "Le Havre", "La Ferté-sous-Jouarre": French place names that
    // take a capitalised article.
    if !single && matches!(first, "La" | "Le" | "Les") && !cx.sentence_start[start] {
        let rest = cx.between(start + 1, end);
        if cx.is_region(rest) || (end - start == 2 && is_hyphenated_place(rest)) {
            return make(Label::Loc, true);
        }
    }
    // "la ville de X", "au large de X", "le maire de X", "the city of X", "le cours de l'X",
    // "le long du X".
    if !given_first
        && !is_title
        && !ORG_HEADS.contains(&first)
        && !is_acronym(name)
        && place_noun_before(cx, start)
    {
        return make(Label::Loc, true);
    }
    // "le groupe Velvet Harbour", "la compagnie Air Inter"; "le film Evita", "la console Game
    // Boy": the noun before says what the name is.
    if !is_title && !given_first {
        if described_by(cx, start, &ORG_NOUNS, 5, true) {
            return make(Label::Org, true);
        }
        if described_by(cx, start, &MISC_NOUNS, 3, false) {
            return make(Label::Misc, true);
        }
    }
    // "Argentine septentrionale", "Pays-Bas méridionaux": a place and a directional adjective.
    if !single && DIRECTIONAL.contains(&last) {
        let head = cx.between(start, end - 1);
        if cx.is_region(head) || LOC_HEADS.contains(&first) {
            return make(Label::Loc, true);
        }
    }
    if (start..end).any(|t| cx.s(t) == "&") {
        return make(Label::Org, true);
    }
    // "Europe du Nord", "Afrique de l'Est": a place and a point of the compass.
    if !single && COMPASS.contains(&last) && cx.is_region(first) {
        return make(Label::Loc, true);
    }
    if ORG_HEADS.contains(&first) || ORG_TAILS.contains(&last) {
        return make(Label::Org, true);
    }
    // "Manchester United", "Bolton Wanderers": a place and a club word.
    if !single && CLUB_TAILS.contains(&last) && gz.is_place(first) {
        return make(Label::Org, true);
    }
    // "FC Nantes", "Dinamo Zagreb", "Stade de Reims", "Real Madrid": a club.
    if !single && CLUB_HEADS.contains(&first) && (start + 1..end).any(|t| cx.is_capitalised(t)) {
        let natural = first == "Stade" && !(start + 1..end).any(|t| gz.is_place(cx.s(t)));
        if !natural {
            return make(Label::Org, true);
        }
    }
    // "Yankees de New York", "Canadiens de Montréal", "Sauber d'Adrian": one unknown word and a
    // place after a particle is a team or a company named after its home.
    let particle = (start + 1..end).find(|&t| !cx.is_capitalised(t));
    if let Some(p) = particle.filter(|&p| p + 1 < end) {
        let head = cx.between(start, p);
        if !gz.is_place(head)
            && !LOC_HEADS.contains(&first)
            && !STATE_HEADS.contains(&first)
            && !MISC_WORDS.contains(&first)
            && is_de(cx.s(p))
            && gz.is_place(cx.between(p + 1, end))
            && !is_title
            && cx.s(p - 1).ends_with('s')
        {
            return make(Label::Org, true);
        }
    }
    if !single && (LOC_HEADS.contains(&first) || LOC_TAILS.contains(&last)) {
        return make(Label::Loc, true);
    }
    // Events, holidays, prizes ("Noël Coward" is a person: a given name first).
    if ((start..end).any(|t| MISC_WORDS.contains(&cx.s(t))) || MISC_WORDS.contains(&name))
        && !(given_first && MISC_WORDS.contains(&first))
    {
        return make(Label::Misc, true);
    }
    if is_acronym(name) && single {
        return make(
            if gz.is_place(name) {
                Label::Loc
            } else {
                Label::Org
            },
            true,
        );
    }
    // "J. R. R. Tolkien", "P. D. James": initials are people's.
    let initials = !single && first.chars().count() == 1 && cx.s(start + 1) == ".";
    if is_title || given_first || initials {
        return make(Label::Per, true);
    }
    // A known brand: "Volkswagen", "Goldman Sachs" (organisations), "Google Drive" (a product).
    // "sur Facebook", "on PlayStation": a site or a platform is a product there.
    let platform = matches!(before.as_str(), "sur" | "on");
    match gz.brand(name) {
        Some(Brand::Organisation) if platform => return make(Label::Misc, true),
        Some(Brand::Organisation) => return make(Label::Org, true),
        Some(Brand::Product) => return make(Label::Misc, true),
        None => {}
    }

    // A multi-word name containing a place ("Université de Paris" was caught above): an
    // unknown head with a place after a particle is an organisation or a place; keep PER for
    // plain sequences of capitalised words.
    // "à" also gives to and compares with people: "face à Magdaléna Rybáriková", "grâce à X",
    // "succède à Yoshihiko Noda". Two capitalised words after it are a person more often than
    // an unknown place; so is anything after "face à", "grâce à", "quant à".
    let dative = before == "à"
        && (!single
            || word_before(cx, start)
                .and_then(|(_, p)| word_before(cx, p))
                .is_some_and(|(w, _)| {
                    matches!(
                        w.as_str(),
                        "face" | "grâce" | "quant" | "succède" | "succédé"
                    )
                }));
    if PLACE_PREPOSITIONS.contains(&before.as_str()) && !dative {
        return make(Label::Loc, false);
    }
    // "Spurs de San Antonio", "Pirates des Caraïbes": a name with a particle inside is an
    // organisation or a work more often than a person.
    if (start..end).any(|t| !cx.is_capitalised(t)) {
        return make(Label::Org, false);
    }
    // "Nœux-les-Mines", "Haut-le-Wastia", "Châlons-en-Champagne": French place names join
    // their words with hyphens around a particle.
    if single && is_hyphenated_place(name) {
        return make(Label::Loc, true);
    }
    // "Mongolie-Intérieure", "Autriche-Hongrie", "Nord-du-Québec": a compound of a place.
    if single
        && name.contains('-')
        && name
            .split('-')
            .any(|part| part.chars().count() > 2 && cx.is_region(part))
    {
        return make(Label::Loc, false);
    }
    // "sur Wikipédia", "sur Amiga": a site, a channel or a machine; "d'Igloulik": a place.
    if single && before == "sur" {
        return make(Label::Misc, false);
    }
    if single && matches!(before.as_str(), "d'" | "d’") {
        return make(Label::Loc, false);
    }
    // "PlayStation", "SmackDown", "GameCube": a capital inside a word makes a brand or a
    // product, not a person ("McMahon", "DiCaprio", "LaMotta" aside); so does a model code
    // after a name ("Atari ST", "Mario Kart DS").
    if (single && is_camel_case(name))
        || (!single && is_acronym(last) && last.chars().count() <= 3 && !cx.is_capitalised(end))
    {
        return make(Label::Misc, false);
    }
    // "The Doors", "The Lonely Island" inside a sentence: a band, a company or a title.
    if !single && first == "The" && !cx.sentence_start[start] {
        return make(Label::Org, false);
    }
    // People's names take no article: "la Royal Navy", "le PSV Eindhoven", "l'Eintracht
    // Francfort" are organisations more often than anything else.
    if !single && DETERMINERS.contains(&before.as_str()) {
        return make(Label::Org, false);
    }
    // A lone unknown word: people's names take no article ("du Hezbollah", but "de Poutine"),
    // so after a determiner it is another kind of name.
    if single && DETERMINERS.contains(&before.as_str()) {
        // "la Prusse", "l'Arve" are places (French gives countries, regions and rivers an
        // article); "la Wii", "le Hamas" are products, works, parties, institutions.
        return make(
            if looks_like_place(name) {
                Label::Loc
            } else {
                Label::Misc
            },
            false,
        );
    }
    make(Label::Per, false)
}

/// Names in a list ("Quenast, Bierghes et Lessines", "Soubise and Échillais") are of one kind:
/// names labelled by default take the label most of the surely labelled names of the list have.
/// A list is a chain of names joined by commas and a conjunction, or of three names or more
/// ("à Moscou, Choe Son Hui" is an apposition, not a list).
fn coordination(cx: &Context<'_>, names: &mut [Name]) {
    let join = |a: &Name, b: &Name| -> Option<bool> {
        let between: Vec<&str> = (a.tokens.1..b.tokens.0).map(|t| cx.s(t)).collect();
        let conjunction = |w: &&str| matches!(*w, "et" | "and" | "ou" | "or");
        match between.as_slice() {
            [","] => Some(false),
            [w] | [",", w] if conjunction(w) => Some(true),
            _ => None,
        }
    };
    let mut i = 0;
    while i < names.len() {
        let mut end = i + 1;
        let mut conjunction = false;
        while end < names.len() {
            match join(&names[end - 1], &names[end]) {
                Some(c) => {
                    conjunction |= c;
                    end += 1;
                }
                None => break,
            }
        }
        if end - i >= 3 || (end - i == 2 && conjunction) {
            let mut votes: FxHashMap<Label, usize> = FxHashMap::default();
            for n in names[i..end].iter().filter(|n| n.sure) {
                *votes.entry(n.label).or_default() += 1;
            }
            if let Some((&label, _)) = votes.iter().max_by_key(|&(l, c)| (*c, *l == Label::Loc)) {
                for n in names[i..end].iter_mut().filter(|n| !n.sure) {
                    n.label = label;
                    n.sure = true;
                }
            }
        }
        i = end;
    }
}

/// Document-level consistency: words of sure PER names label their lone mentions, and a name
/// labelled surely anywhere keeps that label where only a default applied.
fn consistency(cx: &Context<'_>, names: &mut [Name]) {
    coordination(cx, names);
    let mut sure: FxHashMap<&str, Label> = FxHashMap::default();
    let mut person_words: FxHashSet<&str> = FxHashSet::default();
    for n in names.iter().filter(|n| n.sure) {
        sure.entry(&cx.text[n.span.range()]).or_insert(n.label);
        if n.label == Label::Per {
            // The words before a particle: "Grégoire de Tours" makes "Grégoire" a person, not
            // "Tours"; "Louis de France" does not make France one.
            for t in n.tokens.0..n.tokens.1 {
                if PARTICLES.contains(&lower_case(cx.s(t)).as_ref()) {
                    break;
                }
                if cx.is_capitalised(t) {
                    person_words.insert(cx.s(t));
                }
            }
        }
    }
    // Unsure multi-word names whose words are mostly known persons are PER (already the default).
    // A lone word that is part of a person's name in this document is that person, even if a
    // gazetteer knows it as a place ("Charles Darwin" … "Darwin").
    for n in names.iter_mut() {
        let text = &cx.text[n.span.range()];
        if n.tokens.1 - n.tokens.0 == 1 && n.label != Label::Per && person_words.contains(text) {
            n.label = Label::Per;
            n.sure = true;
        }
    }
    for n in names.iter_mut().filter(|n| !n.sure) {
        let text = &cx.text[n.span.range()];
        if let Some(&label) = sure.get(text) {
            n.label = label;
            n.sure = true;
        } else if n.tokens.1 - n.tokens.0 == 1 && person_words.contains(text) {
            n.label = Label::Per;
            n.sure = true;
        }
    }
}
