package com.backrelief.coach.persistence;

import com.backrelief.coach.devtools.SamTemplate;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/privacy.md says exactly what the record holds and for how long, as the code and the template have it. */
class PrivacyPolicyTest {

    private static final Path POLICY = Path.of("docs/privacy.md");

    @Test
    void namesEveryFieldTheRecordHoldsAndNoOther() throws IOException {
        List<String> fields = new ArrayList<>(List.of(DynamoDbProgressStore.PARTITION_KEY, DynamoDbProgressStore.TTL_ATTRIBUTE,
                ProgressItem.VERSION));
        for (Field field : ProgressCodec.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                field.setAccessible(true);
                fields.add((String) get(field));
            }
        }
        String policy = Files.readString(POLICY);

        fields.forEach(name -> assertThat(policy).as("the record's field " + name).contains("`" + name + "`"));
        List<String> named = new ArrayList<>();
        var code = java.util.regex.Pattern.compile("^\\| `([^`]+)`(?:, `([^`]+)`)*", java.util.regex.Pattern.MULTILINE)
                .matcher(policy);
        while (code.find()) {
            java.util.regex.Matcher each = java.util.regex.Pattern.compile("`([^`]+)`").matcher(code.group());
            while (each.find()) {
                named.add(each.group(1));
            }
        }
        assertThat(named).as("the table names only fields the record has").containsExactlyInAnyOrderElementsOf(fields);
    }

    @Test
    void saysHowLongTheRecordTheBackupsAndTheLogsAreKept() throws IOException {
        String policy = Files.readString(POLICY);
        SamTemplate template = SamTemplate.read(SamTemplate.DEFAULT);

        assertThat(policy).contains(DynamoDbProgressStore.RETENTION.toDays() + " days after it last changed");
        assertThat(template.table().path("PointInTimeRecoverySpecification").path("PointInTimeRecoveryEnabled").asBoolean())
                .isTrue();
        assertThat(policy).contains("point-in-time backups for 35 days");
        int logDays = template.resource("CoachLogGroup").path("Properties").path("RetentionInDays").asInt();
        assertThat(policy).contains("deleted after " + logDays + " days");
    }

    private static Object get(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
