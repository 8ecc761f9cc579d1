package org.negotiationtracker.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.negotiationtracker.domain.PartialDate;

/** People the gazetteer does not know, recognised by their office; sentences of our own, invented names. */
class TitledPeopleTest {

    private static final Gazetteer GAZETTEER = new Gazetteer(GazetteerFiles.bundled());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Egypt's Foreign Minister Anna Berglund arrived on Monday.           | Anna Berglund   | Egypt          | Foreign Minister
            The Chinese Vice Premier Tao Renhai spoke first.                    | Tao Renhai      | China          | Vice Premier
            EU chief negotiator Jean-Luc Marchetti left early.                  | Jean-Luc Marchetti | European Union | Chief Negotiator
            U.S. Secretary of State Harold Quimby flew in.                      | Harold Quimby   | United States  | Secretary
            Kenya's ambassador to Sweden Paul Odhiambo Wafula was present.      | Paul Odhiambo Wafula | Kenya     | Ambassador
            Iraqi Defence Minister Omar al Rashidi agreed.                      | Omar al Rashidi | Iraq           | Defence Minister
            spokeswoman Li-na Park-soo said nothing.                            | Li-na Park-soo  |                | Spokeswoman
            The talks were opened by President Okonkwo.                         | Okonkwo         |                | President
            "We need results," said Marta Quiroga, head of the Egyptian delegation. | Marta Quiroga | Egypt          | Head
            Tomas Ferreira Lind, the Swedish trade minister, left early.        | Tomas Ferreira Lind | Sweden     | Minister
            Sweden's PM Tomas Lind flew in on Monday.                           | Tomas Lind      | Sweden         | PM
            The Swedish trade minister, Tomas Lind, flew in on Monday.          | Tomas Lind      | Sweden         | Trade Minister
            """)
    void anOfficeBeforeACapitalisedNameMakesAPerson(String sentence, String name, String country, String role) {
        List<GazetteerEntry> people = TitledPeople.find(sentence, GAZETTEER.find(sentence));

        assertEquals(1, people.size(), people.toString());
        assertEquals(name, people.get(0).name());
        assertEquals(country, people.get(0).country());
        assertEquals(role, people.get(0).role());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The UN General Assembly voted on Monday.
            The chief Brexit negotiator said so on Friday.
            The foreign minister said on Monday that talks would go on.
            President Vladimir Putin met the delegation.
            The Secretary General spoke at the Security Council.
            The talks resume at 3 pm Monday and end at 6 pm Tuesday.
            They met at 10 pm Cairo time.
            The talks ended with the mediator, and Berglund left.
            The envoy, Berglund, left on Monday.
            """)
    void noNameAfterTheOfficeNoPerson(String sentence) {
        assertEquals(List.of(), TitledPeople.find(sentence, GAZETTEER.find(sentence)));
    }

    @Test
    void theSurnameAloneLaterRefersBackToTheTitledPerson() {
        String text = "Ruritania's Foreign Minister Anna Berglund met Egypt's Foreign Minister Omar Haddad in Cairo "
                + "on Monday.\nBerglund said on Monday that the talks with Egypt were useful.";
        Extraction extraction = Extractors.SHARED.extract(new Article("t", text, "Wire", null,
                PartialDate.parse("2021-03-09")), List.of(Fixtures.topic("egypt-talks", List.of("Egypt"),
                List.of("talks with Egypt"))));

        List<String> events = extraction.events().stream().map(e -> e.type().wireName() + " " + e.occurredAt() + " "
                + Fixtures.names(e)).toList();
        assertEquals(List.of("meeting.held 2021-03-08 [Anna Berglund, Omar Haddad]",
                "statement.issued 2021-03-08 [Anna Berglund]"), events);
    }
}
