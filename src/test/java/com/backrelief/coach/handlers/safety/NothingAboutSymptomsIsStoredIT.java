package com.backrelief.coach.handlers.safety;

import com.backrelief.coach.content.ContentLoader;
import com.backrelief.coach.devtools.DynamoDbLocal;
import com.backrelief.coach.domain.safety.RedFlag;
import com.backrelief.coach.domain.safety.RedFlagScreen;
import com.backrelief.coach.domain.safety.Tier;
import com.backrelief.coach.persistence.DynamoDbProgressStore;
import com.backrelief.coach.support.Events;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.SymptomEvents;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Part 4 of the red-flag issue: after every red-flag phrasing has gone through the skill, against a
 * real DynamoDB (Local), neither the table nor the logs hold a word about any symptom.
 */
class NothingAboutSymptomsIsStoredIT {

    private static final RedFlagScreen SCREEN = ContentLoader.redFlagScreen();
    private static final String STRANGER = "amzn1.ask.account.STRANGERWHONEVEROPENEDTHESKILL";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private DynamoDbLocal dynamoDb;
    private TestSkill skill;

    @BeforeEach
    void start() {
        dynamoDb = DynamoDbLocal.inMemory().createTable();
        skill = new TestSkill(new DynamoDbProgressStore(dynamoDb.client(), DynamoDbLocal.LOCAL_TABLE,
                Clock.fixed(TestSkill.NOW, ZoneOffset.UTC)));
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        dynamoDb.close();
    }

    @Test
    void everyRedFlagPhrasingLeavesNoTraceInTheTableOrTheLogs() {
        Reply launch = skill.send("launch");
        List<Map<String, AttributeValue>> afterLaunch = scan();
        assertThat(afterLaunch).hasSize(1);

        for (RedFlag flag : SCREEN.flags()) {
            for (String saying : flag.sayings()) {
                Reply inSession = skill.send(SymptomEvents.inSession(
                        SymptomEvents.redFlag(saying, flag.id(), "en-US"), launch.sessionAttributes()));
                assertThat(inSession.speech()).as(saying).isNotBlank();
                skill.send(SymptomEvents.redFlag(saying, flag.id(), "en-GB"));
                skill.send(asStranger(SymptomEvents.spokenOnly(saying, "en-US")));
            }
        }
        skill.send(SymptomEvents.inSession(Events.json("symptom-denial"), launch.sessionAttributes()));
        skill.send(SymptomEvents.inSession(Events.json("exercise-pain"), launch.sessionAttributes()));
        skill.send(SymptomEvents.unresolvedRedFlag("my legs feel kind of funny", "en-US"));

        List<Map<String, AttributeValue>> items = scan();
        assertThat(items).as("the red flags changed no record and created none").isEqualTo(afterLaunch);
        for (Map<String, AttributeValue> item : items) {
            assertNothingAboutSymptoms("the table", item.toString());
        }
        assertNothingAboutSymptoms("the logs", out.toString(StandardCharsets.UTF_8));
        assertNothingAboutSymptoms("the error output", err.toString(StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).as("the logs were captured").contains("RedFlagIntent");
    }

    private static void assertNothingAboutSymptoms(String where, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String plain = RedFlagScreen.normalise(text);
        for (RedFlag flag : SCREEN.flags()) {
            assertThat(Pattern.compile("\\b" + flag.id() + "\\b").matcher(text).find()).as(where + ": " + flag.id()).isFalse();
            assertThat(lower).as(where).doesNotContain(flag.summary().toLowerCase(Locale.ROOT));
            for (String saying : flag.sayings()) {
                assertThat(lower).as(where).doesNotContain(saying.toLowerCase(Locale.ROOT));
                assertThat(plain).as(where).doesNotContain(RedFlagScreen.normalise(saying));
            }
        }
        for (Tier tier : Tier.values()) {
            assertThat(Pattern.compile("\\b" + tier.contentName() + "\\b").matcher(lower).find())
                    .as(where + ": " + tier).isFalse();
        }
    }

    private List<Map<String, AttributeValue>> scan() {
        return new ArrayList<>(dynamoDb.client().scan(scan -> scan.tableName(DynamoDbLocal.LOCAL_TABLE)).items());
    }

    private static ObjectNode asStranger(ObjectNode event) {
        ((ObjectNode) event.path("session").path("user")).put("userId", STRANGER);
        ((ObjectNode) event.path("context").path("System").path("user")).put("userId", STRANGER);
        return event;
    }
}
