package com.backrelief.coach.devtools;

import com.backrelief.coach.devtools.LocalOptions.Mode;
import com.backrelief.coach.devtools.LocalOptions.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local tool's command line: one mode, each with its defaults, and clear errors for what does not go together. */
class LocalOptionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                                | CONVERSATION",
            "--fresh --voice                   | CONVERSATION",
            "--explain                         | CONVERSATION",
            "--explain --help                  | HELP",
            "--event events/launch.json        | EVENTS",
            "--db                              | DATABASE",
            "--serve                           | SERVE",
            "--serve --help                    | HELP",
            "-h                                | HELP",
    })
    void eachCommandLineHasOneMode(String line, Mode mode) throws UsageException {
        assertThat(parse(line).mode()).isEqualTo(mode);
    }

    @Test
    void aLocaleWithoutAVoiceModelIsAUsageErrorNotEnglishInDisguise() throws LocalOptions.UsageException {
        assertThatThrownBy(() -> LocalOptions.parse("--locale", "de-DE")).hasMessageContaining("--locale")
                .hasMessageContaining("de-DE").hasMessageContaining("en-GB");
        assertThatThrownBy(() -> LocalOptions.parse("--locale", "en-us")).hasMessageContaining("en-us");
        assertThat(LocalOptions.parse("--locale", "en-IN").locale()).isEqualTo("en-IN");
    }

    @Test
    void theServerListensOnThisMachineOnlyAndOnSamsPortByDefault() throws UsageException {
        LocalOptions serve = parse("--serve");

        assertThat(serve.host()).isEqualTo("127.0.0.1");
        assertThat(serve.port()).isEqualTo(3001);
        assertThat(serve.dataDir(null)).as("in memory").isNull();
    }

    @Test
    void theDatabaseUsesPort8000AndKeepsItsDataUnlessToldOtherwise() throws UsageException {
        LocalOptions db = parse("--db");

        assertThat(db.dbPort()).isEqualTo(8000);
        assertThat(db.dataDir(LocalOptions.DEFAULT_DATA)).isEqualTo(Path.of(".local", "dynamodb"));
        assertThat(parse("--db --in-memory").dataDir(LocalOptions.DEFAULT_DATA)).isNull();
        assertThat(parse("--db --data-dir other/data --db-port 8100").dataDir(LocalOptions.DEFAULT_DATA)).isEqualTo(Path.of("other/data"));
        assertThat(parse("--event events/launch.json").dbPort()).as("any free port").isZero();
    }

    @Test
    void theConversationExplainsWhatItHeardOnlyWhenAsked() throws UsageException {
        assertThat(parse("").explain()).isFalse();
        assertThat(parse("--explain").explain()).isTrue();
        assertThat(parse("--fresh --explain --voice").voice()).isTrue();
        assertThat(LocalToolHelp.TEXT).contains("--explain", "docs/local-matcher.md", "-Dexec.args=\"--explain\"");
    }

    @Test
    void theConversationHearsThroughTheStatisticalEarUnlessTheGenerousMatcherIsChosen() throws UsageException {
        assertThat(parse("").matcher()).isEqualTo(LocalOptions.STATISTICAL);
        assertThat(parse("--matcher generous --explain").matcher()).isEqualTo(LocalOptions.GENEROUS);
        assertThat(parse("--matcher statistical").matcher()).isEqualTo(LocalOptions.STATISTICAL);
        assertThat(LocalToolHelp.TEXT).contains("--matcher NAME", "-Dexec.args=\"--matcher generous --explain\"");
    }

    @Test
    void eventFilesAndVariablesAreCollected() throws UsageException {
        LocalOptions options = parse("--event events/launch.json events/help.json --env SKILL_ID=x --env TABLE_NAME=t=1");

        assertThat(options.events()).containsExactly(Path.of("events/launch.json"), Path.of("events/help.json"));
        assertThat(options.env()).isEqualTo(Map.of("SKILL_ID", "x", "TABLE_NAME", "t=1"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--colour                                  | Unknown option: --colour",
            "--event events/no-such-event.json         | No such event file: events/no-such-event.json",
            "--event events/no-such-*.json             | No such event file: events/no-such-*.json",
            "--event                                   | --event needs at least one event file",
            "--event a.json --serve                    | Choose one of --event, --db, --serve, --understanding and --skill-package",
            "--db --serve                              | Choose one of --event, --db, --serve, --understanding and --skill-package",
            "--db --endpoint http://127.0.0.1:8000     | --endpoint uses a DynamoDB that is already running",
            "--serve --endpoint x --data-dir d         | --endpoint uses a DynamoDB that is already running",
            "--data-dir d --in-memory                  | Choose --data-dir DIR or --in-memory",
            "--port 3002                               | --port and --host go with --serve",
            "--db --host 0.0.0.0                       | --port and --host go with --serve",
            "--serve --voice                           | --voice goes with the conversation",
            "--event a.json --explain                  | --explain goes with the conversation",
            "--db --explain                            | --explain goes with the conversation",
            "--serve --port 70000                      | --port needs a port number, got: 70000",
            "--db --db-port eight                      | --db-port needs a port number, got: eight",
            "--env NOVALUE                             | --env needs NAME=VALUE",
            "--locale                                  | --locale needs a value",
            "--matcher exact                           | --matcher needs statistical or generous, got: exact",
            "--event a.json --matcher generous         | --matcher goes with the conversation",
            "--understanding --matcher generous        | --matcher goes with the conversation",
    })
    void whatDoesNotGoTogetherIsAClearUsageError(String line, String message) {
        assertThatThrownBy(() -> parse(line)).isInstanceOf(UsageException.class).hasMessageStartingWith(message);
    }

    private static LocalOptions parse(String line) throws UsageException {
        List<String> words = line.isBlank() ? List.of() : List.of(line.strip().split("\\s+"));
        return LocalOptions.parse(words.toArray(String[]::new));
    }

    @org.junit.jupiter.api.Test
    void understandingTakesTheSetsToSayOrNoneForBoth() throws LocalOptions.UsageException {
        LocalOptions both = LocalOptions.parse("--understanding");
        LocalOptions one = LocalOptions.parse("--understanding", "my-set.tsv");

        org.assertj.core.api.Assertions.assertThat(both.mode()).isEqualTo(LocalOptions.Mode.UNDERSTANDING);
        org.assertj.core.api.Assertions.assertThat(both.sets()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(one.sets()).containsExactly(java.nio.file.Path.of("my-set.tsv"));
    }
}
