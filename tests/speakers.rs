//! Who said what: every attribution form the speaker reader knows, in French and English, on
//! texts written for this project, each asserting the speaker the text names or none.

use article_analyser::entities::{EntityReport, Label, QuoteKind};
use article_analyser::Analyser;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// (quotation text, speaker) for every quotation of the report, in text order.
fn said(text: &str) -> (EntityReport, Vec<(String, Option<String>)>) {
    let r = Analyser::new().entities(text).unwrap();
    let pairs = r
        .quotes
        .iter()
        .map(|q| {
            let e = &r.entities[q.entity];
            assert_eq!(e.label, Label::Quote);
            (e.text.clone(), q.speaker.clone())
        })
        .collect();
    (r, pairs)
}

fn check(pairs: &[(String, Option<String>)], expected: &[(&str, Option<&str>)]) {
    let wrong: Vec<String> = expected
        .iter()
        .filter_map(|(quote, speaker)| {
            let found = pairs
                .iter()
                .find(|(q, _)| q.contains(quote))
                .unwrap_or_else(|| panic!("no quotation {quote:?} in {pairs:?}"));
            (found.1.as_deref() != *speaker)
                .then(|| format!("{quote:?}: {:?}, expected {speaker:?}", found.1))
        })
        .collect();
    assert!(wrong.is_empty(), "wrong speakers:\n{}", wrong.join("\n"));
}

#[test]
fn french_attribution_forms() {
    let (r, pairs) = said(&fixture("fr-speakers.txt"));
    check(
        &pairs,
        &[
            // a déclaré X (verb then subject, after the quotation)
            ("Trois communes", Some("Claire Vautrin")),
            // Elle a ajouté : (a pronoun, before, with a colon)
            ("Les secours", Some("Claire Vautrin")),
            // se désole X (a reflexive verb)
            ("Nous avons perdu", Some("Bernard Moulin")),
            // a-t-il poursuivi (an inversion with a pronoun)
            ("Il faudra", Some("Bernard Moulin")),
            // selon X
            ("dépasse celle", Some("Hélène Ferrand")),
            // X, …, est inquiet : « … » (a colon after a sentence that opens with a name)
            ("La digue", Some("Julien Arnaud")),
            // an incise inside the marks
            ("Nous restons mobilisés", Some("Julien Arnaud")),
            // an institution resolved to its named complement met earlier
            ("L'eau monte", Some("préfecture de l'Indre")),
            // unnamed sources: no speaker
            ("préoccupante", None),
            ("C'est un miracle", None),
            // en assurant qu'il « … »
            ("aucun oubli", Some("Marc Delorme")),
            // a-t-il dit: the most recent man
            ("La solidarité", Some("Marc Delorme")),
            // a role before the name, a medium after it
            ("Nous serons là", Some("Sophie Garnier")),
            // consecutive quotation of the same speaker
            ("Jusqu'au bout", Some("Sophie Garnier")),
        ],
    );
    // « vague de boue »: a quoted phrase nothing attributes.
    let phrase = r
        .quotes
        .iter()
        .find(|q| r.entities[q.entity].text.contains("vague de boue"))
        .unwrap();
    assert_eq!(phrase.kind, QuoteKind::Phrase);
    assert_eq!(phrase.speaker, None);
}

#[test]
fn english_attribution_forms() {
    let (_, pairs) = said(&fixture("en-speakers.txt"));
    check(
        &pairs,
        &[
            // "…," said Title X
            ("We cannot take risks", Some("Lisa Hartley")),
            // "…," X told reporters
            ("The swell", Some("Tom Fischer")),
            // consecutive quotation
            ("check the piers", Some("Tom Fischer")),
            // X said …: "…"
            ("Nobody was hurt", Some("Daniel Reyes")),
            // according to X
            ("will ease", Some("Rachel Byrne")),
            // the role noun before the name: "the fisherman Paul Okafor said"
            ("never seen waves", Some("Paul Okafor")),
            // He added: (a pronoun before the quotation)
            ("My boat is gone", Some("Paul Okafor")),
            // an institution speaks
            ("several million", Some("Harbour Authority of Kessock")),
            // unnamed speakers: no speaker
            ("It was terrifying", None),
            ("significant", None),
            // "she said" with no woman named nearby in the paragraph: no speaker (Lisa
            // Hartley is three paragraphs up, past other speakers)
            ("We owe the crews", None),
        ],
    );
}

#[test]
fn quotations_inside_quotations_and_none_without_evidence() {
    // A wrong speaker is worse than none: a quotation with no attribution and nobody quoted
    // before it gets none, even with a person in the sentence.
    let (_, pairs) = said("Le dossier de Paul Girard évoque « une erreur de calcul ».");
    assert_eq!(pairs[0].1, None);
    // Mentions inside quotations are entities too, and never a pronoun's referent.
    let text = "« Marie Dubois m'a appelé hier », a-t-il raconté.";
    let (r, pairs) = said(text);
    assert!(r
        .entities
        .iter()
        .any(|e| e.label == Label::Per && e.text == "Marie Dubois"));
    assert_eq!(pairs[0].1, None);
}

#[test]
fn a_party_beside_a_person_does_not_take_the_quotation() {
    // Written for this project: a role with its party in an apposition, a party right before
    // the speaker's name, "pointe" after a quotation, and a role standing for the person.
    let text = "Valdorin. « Le budget ne tient pas debout », pointe Louise Garnier, députée \
        Renaissance du Jura.\n\nLouise Garnier, députée LFI du Jura, commente un texte qu'elle \
        juge « bancal ».\n\n« Nous voterons contre », a prévenu l'eurodéputé LFI Marc Delorme.\n\n\
        Interrogée mardi, Louise Garnier a détaillé ses critiques. « Les chiffres ne collent pas \
        », pointe l'élue.\n\nLe ministre a répondu. « Ce texte est mauvais », a ajouté \
        l'eurodéputé.";
    let (_, pairs) = said(text);
    check(
        &pairs,
        &[
            ("Le budget", Some("Louise Garnier")),
            ("bancal", Some("Louise Garnier")),
            ("Nous voterons", Some("Marc Delorme")),
            ("Les chiffres", Some("Louise Garnier")),
            // The role of the person introduced with it, past the party's acronym.
            ("Ce texte", Some("Marc Delorme")),
        ],
    );
}

#[test]
fn a_title_after_a_party_is_the_person_introduced_with_it() {
    // Written for this project: a party's name ending with "Leader", a plural acronym, and "he"
    // after a sentence that names members of parliament.
    let text =
        "Opposition leader Daniel Marsh yesterday charged in Parliament that the Government \
        had misled the country over the budget for the coming year.\n\n\"They are holding \
        meetings while the country goes astray,\" the Northern Unity Leader claimed.\n\nMarsh \
        also accused the Government of courting MPs from other parties. \"No one from our bench \
        will join them,\" he noted.";
    let (r, pairs) = said(text);
    check(
        &pairs,
        &[
            ("They are holding", Some("Daniel Marsh")),
            ("No one from", Some("Daniel Marsh")),
        ],
    );
    assert!(
        !r.entities
            .iter()
            .any(|e| e.text.ends_with("Leader") || e.text == "MPs" || e.text == "Opposition"),
        "{:?}",
        r.entities
    );
}

#[test]
fn a_role_introduced_before_a_comma_and_a_role_that_speaks_again() {
    // Written for this project: a role and a people adjective set off by a comma before the
    // name, "le chef de l'État" for the president, "dit encore le ministre" after a quotation
    // of a person named with no role, and the same words with someone else named in between.
    let text = "Le président portugais, Paul Ferrandi, a parlé lundi à Lyon. « Nous tiendrons \
        nos promesses », a déclaré le chef de l’État devant les maires.\n\nM. Lestrade, \
        interrogé mardi, répond : « Le port rouvrira en mai. »\n« Les travaux sont \
        financés », dit encore le ministre.\n\nM. Lestrade a reçu Jeanne Borel. « Rien n'est \
        signé », dit encore le ministre.";
    let (_, pairs) = said(text);
    check(
        &pairs,
        &[
            ("Nous tiendrons", Some("Paul Ferrandi")),
            ("Le port", Some("Lestrade")),
            ("Les travaux", Some("Lestrade")),
            // Jeanne Borel is named since: the role may be hers, so no one.
            ("Rien n'est", None),
        ],
    );
}

#[test]
fn a_name_before_the_verb_after_the_quotation_is_its_subject() {
    // Written for this project: "…," Name said, followed by a clause with a pronoun of its own
    // ("when asked how they …"), and an organisation whose field is a title word.
    let text = "Harbour officer Nora Vance spoke on Friday at the Justice Department.\n\n\
        \"The new locks are safe for every ship,\" Vance said, when asked how they would be \
        inspected.\n\n\"We will publish the tests,\" she added.\n\nThe Secretary-General told the \
        Harbour Council, \"The funds are short.\"";
    let (r, pairs) = said(text);
    check(
        &pairs,
        &[
            ("The new locks", Some("Nora Vance")),
            ("We will publish", Some("Nora Vance")),
            // The council is spoken to; the Secretary-General has no name here.
            ("The funds", None),
        ],
    );
    assert!(
        r.entities
            .iter()
            .any(|e| e.label == Label::Org && e.text == "Justice Department"),
        "{:?}",
        r.entities
    );
}

#[test]
fn a_club_or_party_before_a_role_is_not_the_speaker() {
    // Written for this project: "the former Rosenau coach said" names the coach, not the club.
    let text = "Harwick manager Jonas Pellegrin was angry after the defeat on Saturday.\n\n\
        Pellegrin, however, did not blame the referee. \"We started slowly and paid for it,\" \
        the former Rosenau coach said. \"The second goal was a gift.\"\n\n\"We will be \
        back,\" the Labour leader said.";
    let (_, pairs) = said(text);
    check(
        &pairs,
        &[
            ("We started slowly", Some("Jonas Pellegrin")),
            ("The second goal", Some("Jonas Pellegrin")),
            // No one was introduced as a leader, and the party does not speak.
            ("We will be back", None),
        ],
    );
}

#[test]
fn a_name_alone_on_the_line_above_a_quotation() {
    // Written for this project: a round-up of reactions, each speaker named on the line above
    // the quotation (after a label, with a role in brackets or an apposition, or with a
    // colon), and a line that is a sentence about someone, which names no speaker.
    let text = "Les réactions après les matchs de samedi.\n\n\
        Le plus serein : Hugo Lantier (entraîneur de Vannes)\n\
        « Nous avons tenu jusqu'au bout. »\n\
        Claire Dubreuil, entraîneuse de Brest\n\
        « Nous avons manqué de réalisme. »\n\
        Philippe Marnat :\n\
        « Je suis satisfait de notre entame. »\n\
        Paul Girardot en visite à Lyon\n\
        « Une phrase sans auteur. »";
    let (_, pairs) = said(text);
    check(
        &pairs,
        &[
            ("Nous avons tenu", Some("Hugo Lantier")),
            ("Nous avons manqué", Some("Claire Dubreuil")),
            ("Je suis satisfait", Some("Philippe Marnat")),
            ("Une phrase", None),
        ],
    );
}

#[test]
fn a_verb_that_opens_the_next_quotation_and_a_party_in_brackets() {
    // Written for this project: "X dénonçait « A » qui « B », son rival Y (PARTI) a constaté
    // « C »": the verb before C opens C, so B stays X's; the party in brackets is not the
    // speaker; "son fil Twitter" names no person, and the last quotation of the text ends
    // the reading.
    let text = "Alors que Mme Léa Fontanel dénonçait « une dérive du pouvoir » qui « ne mène \
        nulle part », son rival Paul Roussin (LREM) a constaté « un petit air de campagne ». \
        Sur son fil Twitter, Léa Fontanel a répondu. « Je maintiens chaque mot », a-t-elle \
        écrit.";
    let (r, pairs) = said(text);
    check(
        &pairs,
        &[
            ("une dérive", Some("Léa Fontanel")),
            ("ne mène", Some("Léa Fontanel")),
            ("un petit air", Some("Paul Roussin")),
            ("Je maintiens", Some("Léa Fontanel")),
        ],
    );
    assert!(
        !r.entities
            .iter()
            .any(|e| e.text == "Twitter" && e.label == Label::Per),
        "{:?}",
        r.entities
    );
}

#[test]
fn relative_clauses_and_the_sex_a_role_gives() {
    // Written for this project: a quotation inside a relative clause is not governed by the
    // verb before it; "qui" stands for the name before it; a role in a complement ("après
    // l'intervention de la députée X,") introduces nobody; "le député" tells a man with a
    // given name of either sex from "la députée".
    let text = "Nadia Ferrand a demandé une sanction contre le député Camille Brosset, qui l'a \
        traitée de « menteuse » en séance.\n\nLe maire a rencontré Luc Arnoux, qui a déclaré \
        « Nous ne céderons rien ». Après l'intervention de la députée LFI, Camille Brosset a \
        demandé la parole. « Je retire ce mot », a-t-il dit.";
    let (_, pairs) = said(text);
    check(
        &pairs,
        &[
            ("menteuse", None),
            ("Nous ne céderons", Some("Luc Arnoux")),
            ("Je retire", Some("Camille Brosset")),
        ],
    );
}

#[test]
fn two_apostrophes_as_quotation_marks() {
    // Written for this project, in the style of the South Asian wire services.
    let text = "The council met on Tuesday in Pune.\n\n''The budget is ready and the roads will \
        be repaired,'' Works Minister Arjun Patel told reporters.";
    let (_, pairs) = said(text);
    check(&pairs, &[("The budget", Some("Arjun Patel"))]);
}

#[test]
fn a_role_and_its_complement_before_the_name_in_apposition() {
    // Written for this project, in the style of the regional press: the role's complement
    // between the role and the person ("le ministre de l'Économie, X"), a capitalised title
    // ("le Préfet de Région Bretagne, X"), the role met again later ("Un Préfet qui …", "le
    // préfet"), "selon lui", and a one-word region read for a person inside the complement.
    let text = "« Le port restera ouvert », a déclaré le ministre de l’Économie et des \
        Finances, Thierry Cabanel.\n\n« Nous avons réuni les maires du littoral », explique le \
        Préfet de Région Bretagne, Olivier Marchetti. Un Préfet qui ne cache pas son inquiétude. \
        Selon lui : « Les digues ne tiendront pas un hiver de plus ».\n\n« Les travaux \
        commencent lundi », précise le préfet de région Nivarre, Paul Sérac.";
    let (r, pairs) = said(text);
    check(
        &pairs,
        &[
            ("Le port restera", Some("Thierry Cabanel")),
            ("Nous avons réuni", Some("Olivier Marchetti")),
            ("Les digues", Some("Olivier Marchetti")),
            ("Les travaux", Some("Paul Sérac")),
        ],
    );
    // The capitalised title is no name, nor part of one.
    assert!(
        r.entities
            .iter()
            .all(|e| !e.text.contains("Préfet") && !e.text.contains("Région")),
        "{:?}",
        r.entities
    );
}

#[test]
fn a_company_in_apposition_speaks_as_the_company_and_two_roles_are_one_apposition() {
    // Written for this project, in the style of a wire story and a press release: "the company"
    // is the company named in apposition to "company" before; "it" never stands for an
    // organisation inside a complement ("the killing of the KRB guards"); "X, Chairman and CEO
    // of Y, stated" is X speaking.
    let text = "Logistics company, DLQ Kenya, has denied a report about its drivers.\n\n\
        Gunmen killed two KRB guards near the depot on Monday, the police said.\n\n\
        The company said it was saddened by the killing of the KRB guards.\n\n\
        “We will keep working with the authorities in this regard,” it added.\n\n\
        Mr. Daniel Mwangi, Chairman and CEO of Tarvex stated, \"Our trucks are safe and our \
        drivers are trained.\"";
    let (r, pairs) = said(text);
    check(
        &pairs,
        &[
            ("We will keep working", Some("DLQ Kenya")),
            ("Our trucks are safe", Some("Daniel Mwangi")),
        ],
    );
    let label = |name: &str| r.entities.iter().find(|e| e.text == name).map(|e| e.label);
    assert_eq!(label("DLQ Kenya"), Some(Label::Org));
    assert_eq!(label("Tarvex"), Some(Label::Org));
    assert!(label("Chairman").is_none(), "{:?}", r.entities);
}

#[test]
fn possessives_and_institutions_that_qualify_a_role() {
    // Written for this project, in the style of British political reporting: a party's
    // possessive before a role and a name ("Labour’s shadow … secretary X said …:") is not the
    // speaker; "a government minister" is a minister (an unnamed one: "he" then names nobody,
    // not the person of the headline); a person's possessive is no subject but "he" may stand
    // for that person; an adjective in "-phobic" is no person.
    let text = "Minister compared to Gerald Hobbs over ‘tiny spy’ remark\n\n\
        A government minister has been criticised after he suggested that “a tiny spy” could \
        listen to his calls.\n\n\
        Mr Dunmore’s remarks raised eyebrows because he was once accused of Xenophobic \
        comments, though he says the claims were “entirely untrue”.\n\n\
        Labour’s shadow housing secretary Alan Prosser said it was troubling, telling ITV’s \
        breakfast show: “These remarks are careless and wrong.”";
    let (r, pairs) = said(text);
    check(
        &pairs,
        &[
            ("a tiny spy", None),
            ("entirely untrue", Some("Dunmore")),
            ("These remarks", Some("Alan Prosser")),
        ],
    );
    assert!(
        !r.entities
            .iter()
            .any(|e| e.text == "Xenophobic" && e.label == Label::Per),
        "{:?}",
        r.entities
    );
}

#[test]
fn headlines_that_name_the_speaker_before_a_colon() {
    // Written for this project, in the style of French sports pages: "Name : « … »" headlines
    // (the name may be one no list knows), an intertitle quoting the speaker, and a newspaper
    // before a colon, which is a source, not a speaker.
    let text = "Vantrelle : « Il nous a manqué de la rigueur »\n\
        Dans Nord Eclair, l'entraîneur de la réserve confie sa déception après la défaite au \
        Havre.\n\
        Nord Eclair : « On avait la possibilité d'égaliser du côté du Havre. »\n\n\
        Morvan : «Un vrai coup d'arrêt»\n\n\
        Yann Morvan, l'entraîneur de Nantes, a pointé les erreurs de son équipe.\n\
        « Bien finir la saison »\n\
        Et le technicien de poursuivre : « Il faut rester solides. »";
    let (r, pairs) = said(text);
    check(
        &pairs,
        &[
            ("Il nous a manqué", Some("Vantrelle")),
            ("On avait la possibilité", None),
            ("Un vrai coup", Some("Yann Morvan")),
        ],
    );
    // Quotations after a colon or alone on their line are speech, not titles of works.
    assert!(
        r.entities.iter().all(|e| e.label != Label::Misc
            || !e.text.starts_with("Un vrai") && !e.text.starts_with("Bien finir")),
        "{:?}",
        r.entities
    );
    // "du Havre" is Le Havre.
    assert!(r
        .entities
        .iter()
        .any(|e| e.text == "Havre" && e.label == Label::Loc));
}
