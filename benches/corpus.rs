//! A generated benchmark corpus: French and English news-like paragraphs, written for this
//! project, recombined by a fixed pseudo-random sequence until the wanted size is reached.
//! Deterministic, so every run measures the same text.

/// Sentences written for this corpus (French).
const FRENCH: &[&str] = &[
    "Le conseil municipal de Rouen a voté mardi soir un budget de 3,5 millions d'euros pour la rénovation des écoles.",
    "« Nous ne pouvions plus attendre », a déclaré Mme Lefèvre, adjointe chargée de l'éducation, à l'issue de la séance.",
    "Selon la préfecture, près de 12 % des bâtiments scolaires de la région ne respectent pas les normes d'accessibilité.",
    "Les travaux débuteront à la mi-juillet et devraient s'achever au printemps 2027, si le calendrier est tenu.",
    "M. Garnier, chef de l'opposition, a dénoncé un projet « précipité » et réclamé une consultation des parents d'élèves.",
    "La ministre de l'Éducation nationale doit se rendre sur place le jeudi 14 mai pour inaugurer le premier chantier.",
    "Depuis 2019, la ville a perdu quelque 600 élèves, une baisse que les démographes attribuent au prix des logements.",
    "Les syndicats d'enseignants, eux, saluent un effort « attendu depuis des années » mais restent prudents sur le financement.",
];

/// Sentences written for this corpus (English).
const ENGLISH: &[&str] = &[
    "The city council of Leeds approved a $4.2bn transport plan on Tuesday after a heated four-hour debate.",
    "\"We simply could not wait any longer,\" said Councillor Patel, who chairs the transport committee.",
    "According to the regional authority, about 12% of the bus fleet is more than fifteen years old.",
    "Work is expected to start in mid-July and to finish by the spring of 2027, if the schedule holds.",
    "Mr. Hughes, the opposition leader, called the plan rushed and asked for a public consultation.",
    "The transport secretary will visit the site on Thursday, 14 May, to open the first construction phase.",
    "Since 2019 the city has lost some 600 bus drivers, a fall that unions blame on pay and working hours.",
    "Local businesses welcomed the decision, although several of them remain cautious about the costs.",
];

/// About `bytes` bytes of French paragraphs.
#[allow(dead_code)]
pub fn french(bytes: usize) -> String {
    build(bytes, |_| FRENCH)
}

/// About `bytes` bytes of English paragraphs.
#[allow(dead_code)]
pub fn english(bytes: usize) -> String {
    build(bytes, |_| ENGLISH)
}

/// About `bytes` bytes of paragraphs, alternating languages by paragraph.
#[allow(dead_code)]
pub fn mixed(bytes: usize) -> String {
    build(
        bytes,
        |paragraph| if paragraph % 2 == 0 { FRENCH } else { ENGLISH },
    )
}

fn build(bytes: usize, source_for: impl Fn(usize) -> &'static [&'static str]) -> String {
    let mut out = String::with_capacity(bytes + 1024);
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let mut paragraph = 0;
    while out.len() < bytes {
        let source = source_for(paragraph);
        for _ in 0..3 + next(4) {
            out.push_str(source[next(source.len())]);
            out.push(' ');
        }
        out.pop();
        out.push_str("\n\n");
        paragraph += 1;
    }
    out
}
