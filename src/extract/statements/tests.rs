//! Statements found in whole invented articles, through the full extraction.

use crate::contract::{Extraction, StatementKind};
use crate::extract::extract;
use crate::text::{Document, IsoDate};

use StatementKind::{Direct, Indirect, Mixed};

/// An article dated Wednesday 15 March 2023.
fn extraction(body: &str) -> Extraction {
    extraction_with_header(&format!("date 2023-03-15\n\n{body}"))
}

fn extraction_with_header(text: &str) -> Extraction {
    let extraction = extract(Document::from_article("test".into(), None, text.to_owned(), false).unwrap());
    extraction.validate().unwrap();
    extraction
}

/// Each statement as (kind, content, the speaker's surname).
fn statements(body: &str) -> Vec<(StatementKind, String, Option<String>)> {
    let extraction = extraction(body);
    let surname = |id: &String| {
        let entity = extraction.entities.iter().find(|entity| entity.id == *id).unwrap();
        entity.name.rsplit(' ').next().unwrap().to_owned()
    };
    extraction
        .statements
        .iter()
        .map(|statement| (statement.kind, statement.content.text.clone(), statement.speaker.as_ref().map(surname)))
        .collect()
}

fn statement(kind: StatementKind, content: &str, speaker: &str) -> (StatementKind, String, Option<String>) {
    (kind, content.to_owned(), Some(speaker.to_owned()))
}

#[test]
fn every_quotation_style_gives_a_direct_statement() {
    let body = "“The bridge will reopen in May,” John Carter said.\n\n\
                \"We found no cracks in the pillars,\" said Maria Lopez.\n\n\
                ‘Traffic will be light for weeks,’ Carter said.\n\n\
                «The repairs cost less than planned», Lopez told reporters.\n\n\
                Carter said: „The old deck had rusted through.“";
    assert_eq!(
        statements(body),
        [
            statement(Direct, "The bridge will reopen in May,", "Carter"),
            statement(Direct, "We found no cracks in the pillars,", "Lopez"),
            statement(Direct, "Traffic will be light for weeks,", "Carter"),
            statement(Direct, "The repairs cost less than planned", "Lopez"),
            statement(Direct, "The old deck had rusted through.", "Carter"),
        ]
    );
}

#[test]
fn a_quotation_interrupted_by_its_cue_gives_two_statements_by_one_speaker() {
    let body = "“The harvest was poor,” Anna Schmidt said, “but the stores will last the winter.”";
    assert_eq!(
        statements(body),
        [
            statement(Direct, "The harvest was poor,", "Schmidt"),
            statement(Direct, "but the stores will last the winter.", "Schmidt"),
        ]
    );
}

#[test]
fn a_quotation_over_two_paragraphs_gives_a_statement_per_paragraph() {
    let body = "“The river rose two metres overnight.\n\n“By dawn the old bridge was gone,” Anna Schmidt said.";
    assert_eq!(
        statements(body),
        [
            statement(Direct, "The river rose two metres overnight.", "Schmidt"),
            statement(Direct, "By dawn the old bridge was gone,", "Schmidt"),
        ]
    );
}

#[test]
fn an_unbalanced_mark_does_not_derail_the_rest_of_the_article() {
    let body = "The mayor's office called it “a fresh start.\n\n“We will rebuild the school first,” John Carter said.";
    assert_eq!(statements(body), [statement(Direct, "We will rebuild the school first,", "Carter")]);
}

#[test]
fn scare_quotes_and_titles_are_not_statements() {
    let body = "The team won a prize for “courageous achievement” at the fair. \
                The film “Long Road Home” opened in Berlin. Officials called the move an “invasion” of privacy.";
    assert!(statements(body).is_empty());
}

#[test]
fn reported_speech_in_its_usual_patterns() {
    let body = "John Carter said that the dam would hold through the spring.\n\n\
                The water level fell by a metre overnight, Maria Lopez told reporters.\n\n\
                According to Anna Schmidt, the pumps ran without a break.\n\n\
                As Carter noted, the town had never flooded before.\n\n\
                Lopez also pointed out that the sirens had worked.";
    assert_eq!(
        statements(body),
        [
            statement(Indirect, "the dam would hold through the spring", "Carter"),
            statement(Indirect, "The water level fell by a metre overnight", "Lopez"),
            statement(Indirect, "the pumps ran without a break", "Schmidt"),
            statement(Indirect, "the town had never flooded before", "Carter"),
            statement(Indirect, "the sirens had worked", "Lopez"),
        ]
    );
}

#[test]
fn reported_speech_with_a_partial_quotation_is_mixed() {
    let body = "Anna Schmidt said the new law was “a step backwards” for farmers.";
    assert_eq!(statements(body), [statement(Mixed, "the new law was “a step backwards” for farmers", "Schmidt")]);
}

#[test]
fn future_speech_questions_and_speech_without_content_are_not_statements() {
    let body = "John Carter will announce the budget next week. \
                Did the minister say that the budget was ready? Carter spoke to reporters on Monday.";
    assert!(statements(body).is_empty());
}

#[test]
fn pronouns_titles_and_organisations_resolve_to_their_speakers() {
    let body = "Deputy Foreign Minister Sergei Ryabkov met John Carter in Geneva. \
                Ryabkov said that the talks had been useful. Carter nodded. He added that more rounds would follow.\n\n\
                The deputy minister also noted that no date was set.\n\n\
                The United Nations said the convoy had crossed the border. The organization stressed that aid was urgent.";
    let found = statements(body);
    let speakers: Vec<&str> = found.iter().map(|(_, _, speaker)| speaker.as_deref().unwrap_or("-")).collect();
    assert_eq!(speakers, ["Ryabkov", "Ryabkov", "Ryabkov", "Nations", "Nations"]);
}

#[test]
fn a_passive_attribution_reports_the_sentence_before() {
    let body = "The border will stay closed until spring. This was stated by Interior Minister John Carter.";
    assert_eq!(statements(body), [statement(Indirect, "The border will stay closed until spring", "Carter")]);
}

#[test]
fn statement_dates_resolve_against_the_article_date() {
    let extraction = extraction(
        "On Monday, John Carter said that the border would open. \
         On December 17, Carter said the talks had failed. In November, Carter stressed that no deal was near. \
         Carter said the weather was fine.",
    );
    let dates: Vec<Option<IsoDate>> = extraction.statements.iter().map(|statement| statement.date).collect();
    let date = |text: &str| Some(text.parse::<IsoDate>().unwrap());
    assert_eq!(dates, [date("2023-03-13"), date("2022-12-17"), None, date("2023-03-15")]);
}

#[test]
fn statements_carry_source_cue_and_what_they_are_about() {
    let extraction = extraction("John Carter said that Maria Lopez would lead the team in Geneva.");
    let [statement] = extraction.statements.as_slice() else { panic!("{:?}", extraction.statements) };
    assert_eq!(statement.id, "s1");
    assert_eq!(statement.source.as_ref().unwrap().text, "John Carter");
    assert_eq!(statement.cue.as_ref().unwrap().text, "said");
    let about: Vec<&str> = statement
        .about
        .iter()
        .map(|id| extraction.entities.iter().find(|entity| entity.id == *id).unwrap().name.as_str())
        .collect();
    assert_eq!(about, ["Maria Lopez", "Geneva"]);
}

#[test]
fn a_headline_reports_nothing() {
    let extraction = extraction_with_header(
        "date 2023-03-15 Carter says the talks will go on\n\nJohn Carter said that the talks would go on in Geneva.",
    );
    let contents: Vec<&str> = extraction.statements.iter().map(|statement| statement.content.text.as_str()).collect();
    assert_eq!(contents, ["the talks would go on in Geneva"]);
}

#[test]
fn inverted_cues_and_according_to_inside_a_sentence() {
    let body = "The river rose twice in a week, said the mayor.\n\n\
                Since the storm, according to Anna Schmidt, the levee had been raised twice.\n\n\
                The campaign, which cost millions, ended the decade of protests.";
    let contents: Vec<String> = statements(body).into_iter().map(|(_, content, _)| content).collect();
    assert_eq!(
        contents,
        [
            "The river rose twice in a week",
            "Since the storm, according to Anna Schmidt, the levee had been raised twice"
        ]
    );
}

#[test]
fn a_listener_is_not_content_and_first_person_reports_are_not_statements() {
    let body = "John Carter told Reuters the port would reopen on Friday.\n\n\
                Maria Lopez told the Associated Press, a news agency, that the ships had left.\n\n\
                I said we had to wait for the tide.";
    let contents: Vec<String> = statements(body).into_iter().map(|(_, content, _)| content).collect();
    assert_eq!(contents, ["the port would reopen on Friday", "the ships had left"]);
}

#[test]
fn a_quoted_sentence_without_a_cue_is_spoken_by_the_person_just_named() {
    let body = "The water reached the steps of the town hall, leaving mayor Maria Lopez worried. \
                “It has never been this high in forty years.”";
    assert_eq!(statements(body), [statement(Direct, "It has never been this high in forty years.", "Lopez")]);
}

#[test]
fn odd_texts_give_valid_extractions() {
    let texts = [
        "",
        "According to Carter, the port closed.",
        "\"",
        "“ ” “",
        "said",
        "pointed out",
        "“a” “b” ”c“ ‘d",
        "He said: \"",
        ", said the, according to ,",
        "This was stated by",
        "“One two three four.”\n\n“Five six seven eight,” he said",
        "«Non» ‹non› „nein“ ‚nein‘",
    ];
    for text in texts {
        for text in [text.to_owned(), format!("date 2023-03-15 {text}"), format!("date 2023-03-15\n\n{text}")] {
            // An empty text is not a document at all.
            let Ok(document) = Document::from_article("odd".into(), None, text.clone(), true) else { continue };
            let extraction = extract(document);
            extraction.validate().unwrap_or_else(|error| panic!("{text:?}: {error}"));
        }
    }
}

#[test]
fn they_after_a_place_that_frames_the_sentence_is_its_country() {
    let body = "Norway and the European Union held talks on Monday.\n\n\
                Later in Oslo, they said that the quota talks would resume in June.";
    assert_eq!(
        statements(body),
        [statement(Indirect, "the quota talks would resume in June", "Norway")],
        "Oslo lies in Norway, which the article names"
    );
}

#[test]
fn describing_a_thing_as_something_is_a_statement_of_the_description() {
    let body = "Mayor Helen Brandt described the new tram line as a waste of public money.\n\n\
                The square, which the mayor describes as the heart of the town, will be closed.\n\n\
                The plan has been described as reckless by the opposition leader.\n\n\
                A scheme described by Brandt as cheap was dropped.\n\n\
                The budget was described as generous.\n\n\
                Brandt described the scene to the council.";
    assert_eq!(
        statements(body),
        [
            statement(Indirect, "the new tram line as a waste of public money", "Brandt"),
            statement(Indirect, "the heart of the town", "Brandt"),
            (Indirect, "reckless".to_owned(), None),
            (Indirect, "generous".to_owned(), None),
        ]
    );
}

#[test]
fn advice_and_instructions_report_the_action_asked_for() {
    let body = "Doctor Paul Weiss advised the family to leave the city before the storm.\n\n\
                His colleague Ines Moreau pleaded with him to stay at the hospital.\n\n\
                Residents were encouraged to keep their windows shut.\n\n\
                Weiss was told to report to the ward at noon.\n\n\
                Weiss pleaded guilty to the charge in May.\n\n\
                The results encouraged the board.";
    assert_eq!(
        statements(body),
        [
            statement(Indirect, "the family to leave the city before the storm", "Weiss"),
            statement(Indirect, "to stay at the hospital", "Moreau"),
            (Indirect, "to keep their windows shut".to_owned(), None),
            (Indirect, "to report to the ward at noon".to_owned(), None),
        ]
    );
}

#[test]
fn a_quotation_signed_with_a_dash_and_a_name_is_that_persons() {
    let body = "The storm closed every road in the valley.\n\n\
                “We have never seen water this high in March.” – Ruth Okafor\n\n\
                “Floods” – a film about the valley – was shown in the town hall.";
    assert_eq!(statements(body), [statement(Direct, "We have never seen water this high in March.", "Okafor")]);
}

#[test]
fn a_relative_clause_after_a_name_reports_that_persons_speech() {
    let body = "The fishermen met Rosa Delgado, who told them the harbour would close in June.\n\n\
                The boats were inspected by a surveyor, who said nothing.";
    assert_eq!(statements(body), [statement(Indirect, "the harbour would close in June", "Delgado")]);
}

#[test]
fn the_listener_of_told_is_not_part_of_the_content() {
    let body = "Harbour master Rosa Delgado told reporters the quay would reopen in June.\n\n\
                Delgado told them the repairs had cost more than planned.";
    assert_eq!(
        statements(body),
        [
            statement(Indirect, "the quay would reopen in June", "Delgado"),
            statement(Indirect, "the repairs had cost more than planned", "Delgado"),
        ]
    );
}

#[test]
fn a_name_calling_something_in_quotation_marks_is_a_direct_statement() {
    let body = "The council closed the library in Ashford on Monday.\n\n\
                Local author Nadia Petrov called it “a sad day for the town” and left the meeting.\n\n\
                The library had won an award called “Bright Shelf” in 2019.";
    assert_eq!(statements(body), [statement(Direct, "a sad day for the town", "Petrov")]);
}

#[test]
fn what_a_poll_or_study_found_is_its_statement_but_not_what_a_person_found() {
    let body = "A recent survey found most farmers in the region expect a dry summer.\n\n\
                The study also found that wells had dropped by two metres.\n\n\
                Police found the stolen tractor near the river.\n\n\
                The missing dog was found in a barn.";
    assert_eq!(
        statements(body),
        [
            (Indirect, "most farmers in the region expect a dry summer".to_owned(), None),
            (Indirect, "wells had dropped by two metres".to_owned(), None),
        ]
    );
}

#[test]
fn a_participle_introduces_a_quotation_of_the_sentence_subject() {
    let body = "Ferry captain Omar Haddad cancelled the crossing, writing on the port's website “The waves are too high for \
                a safe trip.”";
    assert_eq!(statements(body), [statement(Direct, "The waves are too high for a safe trip.", "Haddad")]);
}

#[test]
fn what_is_admitted_to_follows_to() {
    let body = "Former treasurer Clara Moss admitted to taking money from the club's accounts.\n\n\
                Moss confessed to the court.";
    assert_eq!(statements(body), [statement(Indirect, "taking money from the club's accounts", "Moss")]);
}

/// Each statement as (content, source as written), for patterns whose speaker no name gives.
fn contents_and_sources(body: &str) -> Vec<(String, Option<String>)> {
    let extraction = extraction(body);
    extraction
        .statements
        .iter()
        .map(|statement| (statement.content.text.clone(), statement.source.as_ref().map(|span| span.text.clone())))
        .collect()
}

#[test]
fn a_participle_after_a_clause_reports_for_its_subject_or_for_the_phrase_after_with() {
    let body = "The Riverside Tenants Association backed the plan on Tuesday, saying rents had risen too fast.\n\n\
                Rail traffic stopped at noon, with engineers reporting the signals had failed.";
    assert_eq!(
        contents_and_sources(body),
        [
            ("rents had risen too fast".to_owned(), Some("Riverside Tenants Association".to_owned())),
            ("the signals had failed".to_owned(), Some("engineers".to_owned())),
        ]
    );
}

#[test]
fn a_time_between_source_cue_and_content_belongs_to_none_of_them() {
    let body = "Councillor Peter Lindqvist said Thursday the depot would close.\n\n\
                The harbour board on Monday said the fees would double.\n\n\
                The wall will be rebuilt, engineer Sofia Marin said yesterday.";
    assert_eq!(
        contents_and_sources(body),
        [
            ("the depot would close".to_owned(), Some("Peter Lindqvist".to_owned())),
            ("the fees would double".to_owned(), Some("The harbour board".to_owned())),
            ("The wall will be rebuilt".to_owned(), Some("Sofia Marin".to_owned())),
        ]
    );
}

#[test]
fn a_relative_clause_or_an_apposition_around_the_source_is_neither_source_nor_content() {
    let body = "The three bakeries, which share one delivery van, said flour prices had doubled.\n\n\
                Bread will cost more by spring, said Tomasz Wojcik, a baker in the old town.";
    assert_eq!(
        contents_and_sources(body),
        [
            ("flour prices had doubled".to_owned(), Some("The three bakeries".to_owned())),
            ("Bread will cost more by spring".to_owned(), Some("Tomasz Wojcik".to_owned())),
        ]
    );
}

#[test]
fn two_sources_in_one_sentence_give_two_statements() {
    let body = "The organisers said 5,000 runners took part, but the police reported fewer than 3,000.\n\n\
                The landlord said the heating was fixed, while tenants insisted the flats were still cold.";
    assert_eq!(
        contents_and_sources(body),
        [
            ("5,000 runners took part".to_owned(), Some("The organisers".to_owned())),
            ("fewer than 3,000".to_owned(), Some("the police".to_owned())),
            ("the heating was fixed".to_owned(), Some("The landlord".to_owned())),
            ("the flats were still cold".to_owned(), Some("tenants".to_owned())),
        ]
    );
}

#[test]
fn a_cue_set_in_commas_inside_its_clause_keeps_the_subject_in_the_content() {
    let body = "Glacier ice, the researcher wrote, melts faster under soot.\n\n\
                The old mill, she said, would become a school.";
    assert_eq!(
        contents_and_sources(body),
        [
            (
                "Glacier ice, the researcher wrote, melts faster under soot".to_owned(),
                Some("the researcher".to_owned())
            ),
            ("The old mill, she said, would become a school".to_owned(), Some("she".to_owned())),
        ]
    );
}

#[test]
fn a_listener_noun_phrase_is_not_content_and_a_claim_inside_content_is_not_another_statement() {
    let body = "Witness Carla Duarte told the jury she had heard two shots.\n\n\
                Duarte told a local newspaper the driver had warned her about the brakes.";
    assert_eq!(
        contents_and_sources(body),
        [
            ("she had heard two shots".to_owned(), Some("Carla Duarte".to_owned())),
            ("the driver had warned her about the brakes".to_owned(), Some("Duarte".to_owned())),
        ]
    );
}

#[test]
fn cue_words_used_as_adjectives_or_nouns_report_nothing() {
    let body = "The number of confirmed infections rose to 40.\n\n\
                The reported damage includes two bridges.";
    assert_eq!(contents_and_sources(body), []);
}

#[test]
fn hearsay_adverbs_report_without_a_source() {
    let body = "Reportedly, the factory will close in May.\n\n\
                The suspect allegedly sold the paintings abroad.";
    assert_eq!(
        contents_and_sources(body),
        [
            ("the factory will close in May".to_owned(), None),
            ("The suspect allegedly sold the paintings abroad".to_owned(), None),
        ]
    );
}

#[test]
fn the_person_a_complement_follows_speaks_not_the_complement() {
    let body = "Nora Kessler of the Brandt Foundation said the grants would go to schools.\n\n\
                The city hired Tobias Brandt and Ilse Moritz last year. The latter said the museum would reopen.";
    let speakers: Vec<_> = statements(body).into_iter().map(|(_, _, speaker)| speaker).collect();
    assert_eq!(speakers, [Some("Kessler".to_owned()), Some("Moritz".to_owned())]);
}

#[test]
fn clauses_end_at_semicolons_asides_after_cues_are_skipped_and_a_colon_introduces_a_quotation() {
    let body = "The ferry operator Nordlys said the crossing was safe; its ships were inspected in May.\n\n\
                Inspector Hanna Berg alleged, in her first report, the hull had been patched with wood.\n\n\
                Berg did not name a date, but said the ships would sail again.\n\n\
                The assembly confirmed him on Friday.\n\n\
                Captain Erik Solberg wrote to the harbour board: “The engines have not been serviced in years.”";
    assert_eq!(
        contents_and_sources(body),
        [
            ("the crossing was safe".to_owned(), Some("The ferry operator Nordlys".to_owned())),
            ("the hull had been patched with wood".to_owned(), Some("Hanna Berg".to_owned())),
            ("the ships would sail again".to_owned(), Some("Berg".to_owned())),
            ("The engines have not been serviced in years.".to_owned(), Some("Erik Solberg".to_owned())),
        ]
    );
}

#[test]
fn the_listener_of_a_verb_of_telling_is_the_addressee() {
    let body = "Nurse Ida Holt told the inquiry the ward had no night staff.\n\n\
                “We asked for help twice,” Holt told reporters.\n\n\
                Holt said the hospital had not replied.";
    let extraction = extraction(body);
    let addressees: Vec<Option<&str>> = extraction
        .statements
        .iter()
        .map(|statement| statement.addressee.as_ref().map(|span| span.text.as_str()))
        .collect();
    assert_eq!(addressees, [Some("the inquiry"), Some("reporters"), None]);
}

#[test]
fn a_name_calling_or_attacking_something_in_its_own_words_is_a_direct_statement() {
    let body = "Opposition leader Marta Lind called the budget a “gift to landlords”.\n\n\
                Finance minister Olof Strand attacked the report as “a work of fiction.”";
    assert_eq!(
        statements(body),
        [statement(Direct, "gift to landlords", "Lind"), statement(Direct, "a work of fiction.", "Strand")]
    );
}

#[test]
fn a_surname_the_entity_pass_left_after_a_cut_short_name_speaks_for_that_person() {
    // The tagger ends both names early ("Paul", "Swimmer Lisa"); the surname alone then names the speaker.
    let body = "Actor Paul Day retired. Day said the theatre had been his home.\n\n\
                Swimmer Lisa March broke the record. March said the pool had been cold.";
    assert_eq!(
        statements(body),
        [
            statement(Indirect, "the theatre had been his home", "Paul"),
            statement(Indirect, "the pool had been cold", "Lisa"),
        ]
    );
}

#[test]
fn a_short_form_in_brackets_speaks_for_the_organisation_it_shortens() {
    let body = "The Northern Water and Sewage Authority (NorWat) said the pipes would be replaced. \
                NorWat added that bills would not rise.";
    assert_eq!(
        statements(body),
        [
            statement(Indirect, "the pipes would be replaced", "Authority"),
            statement(Indirect, "bills would not rise", "Authority"),
        ]
    );
}

#[test]
fn a_person_of_an_organisation_with_a_possessor_speaks_not_the_organisation() {
    let body = "Tom Ellis of Norvia's National Rail Agency (NRA) said the trains would run again.";
    assert_eq!(statements(body), [statement(Indirect, "the trains would run again", "Ellis")]);
}

#[test]
fn the_person_after_an_inverted_cue_and_two_appositions_speaks() {
    let body = "“The river has never been this low,” said Eastport University, the college's chief hydrologist, \
                Samuel Okafor.\n\n\
                “We expect rain next week,” said Northbridge Council, the town's planning chief, Amira Haddad.";
    assert_eq!(
        statements(body),
        [
            statement(Direct, "The river has never been this low,", "Okafor"),
            statement(Direct, "We expect rain next week,", "Haddad"),
        ]
    );
}

#[test]
fn a_pronoun_refers_to_the_subject_that_opens_the_sentence_before_not_to_its_object() {
    let body = "Nora Lind met Peter Holm at the town hall on Tuesday.\n\n\
                She said the plan ignored the farmers.";
    assert_eq!(statements(body), [statement(Indirect, "the plan ignored the farmers", "Lind")]);
}

#[test]
fn a_generic_noun_or_it_after_an_organisation_that_spoke_in_the_paragraph_is_that_organisation() {
    let body = "The Norvik Gazette reported that the Harbour Board had ignored the cracks. \
                The newspaper said repairs would take a year. It added that two piers were closed.";
    assert_eq!(
        statements(body),
        [
            statement(Indirect, "the Harbour Board had ignored the cracks", "Gazette"),
            statement(Indirect, "repairs would take a year", "Gazette"),
            statement(Indirect, "two piers were closed", "Gazette"),
        ]
    );
}
