package com.backrelief.coach;

import com.backrelief.coach.devtools.SamTemplate;
import com.backrelief.coach.logging.Metrics;
import com.backrelief.coach.support.CapturedLog;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metrics in each request's log line (CloudWatch embedded metric format) and the template's alarms and dashboard
 * agree: a storage outage on AWS raises the alarm within five minutes, and the line says nothing a person said.
 */
class MonitoringTest {

    private final SamTemplate template = SamTemplate.read(SamTemplate.DEFAULT);
    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final CapturedLog log = CapturedLog.start();

    @AfterEach
    void restoreOutput() {
        log.close();
    }

    /** The directive CloudWatch reads: one namespace, one dimension set, and the metrics named in the line. */
    private static JsonNode directive(JsonNode line) {
        JsonNode directives = line.path("_aws").path("CloudWatchMetrics");
        assertThat(directives).hasSize(1);
        assertThat(line.path("_aws").path("Timestamp").isNumber()).isTrue();
        return directives.get(0);
    }

    private static List<String> metricNames(JsonNode directive) {
        List<String> names = new ArrayList<>();
        directive.path("Metrics").forEach(m -> names.add(m.path("Name").asText()));
        return names;
    }

    @Test
    void aStorageOutageRaisesTheAlarmWithinFiveMinutes() {
        store.goDown();
        new TestSkill(store).send("launch");
        JsonNode line = log.request();
        JsonNode directive = directive(line);
        JsonNode alarm = template.resource("StorageUnavailableAlarm").path("Properties");

        assertThat(line.path("storage").asText()).isEqualTo("unavailable");
        assertThat(alarm.path("Namespace").asText()).isEqualTo(directive.path("Namespace").asText());
        assertThat(metricNames(directive)).contains(alarm.path("MetricName").asText());
        assertThat(line.path(alarm.path("MetricName").asText()).asDouble()).isEqualTo(1);
        List<String> dimensions = new ArrayList<>();
        alarm.path("Dimensions").forEach(d -> dimensions.add(d.path("Name").asText()));
        assertThat(directive.path("Dimensions")).hasSize(1);
        assertThat(dimensions).containsExactly(directive.path("Dimensions").get(0).get(0).asText());
        // On Lambda the line's FunctionName is AWS_LAMBDA_FUNCTION_NAME, which is what Ref gives for the function.
        assertThat(line.path(dimensions.get(0)).asText()).isNotBlank();
        assertThat(alarm.path("Dimensions").get(0).path("Value").asText()).isEqualTo(template.functionLogicalId());

        assertThat(alarm.path("Statistic").asText()).isEqualTo("Sum");
        assertThat(alarm.path("ComparisonOperator").asText()).isEqualTo("GreaterThanOrEqualToThreshold");
        assertThat(alarm.path("Threshold").asDouble()).as("one turn without storage breaches").isLessThanOrEqualTo(1);
        int period = alarm.path("Period").asInt();
        int evaluated = alarm.path("EvaluationPeriods").asInt();
        int needed = alarm.path("DatapointsToAlarm").asInt(evaluated);
        assertThat(period * evaluated).as("seconds the alarm looks back").isLessThanOrEqualTo(300);
        assertThat(period * needed).as("seconds of outage before it fires").isLessThanOrEqualTo(300);
        assertThat(alarm.path("AlarmActions")).isNotEmpty();
    }

    @Test
    void everyMetricTheAlarmsAndTheDashboardUseIsOneTheLineCarries() {
        new TestSkill(store).send("launch");
        JsonNode line = log.request();
        List<String> emitted = metricNames(directive(line));

        assertThat(emitted).containsExactlyElementsOf(concat(Metrics.COUNTS, Metrics.LATENCY));
        emitted.forEach(name -> assertThat(line.path(name).isNumber()).as(name).isTrue());
        assertThat(line.path(Metrics.REQUESTS).asInt()).isEqualTo(1);
        assertThat(line.path(Metrics.WITHOUT_STORAGE).asInt()).isZero();
        for (String id : template.resources("AWS::CloudWatch::Alarm")) {
            JsonNode alarm = template.resource(id).path("Properties");
            List<JsonNode> metrics = new ArrayList<>();
            if (alarm.has("MetricName")) {
                metrics.add(alarm);
            }
            alarm.path("Metrics").forEach(m -> {
                if (m.has("MetricStat")) {
                    metrics.add(m.path("MetricStat").path("Metric"));
                }
            });
            for (JsonNode metric : metrics) {
                if (metric.path("Namespace").asText().equals(Metrics.NAMESPACE)) {
                    assertThat(emitted).as(id).contains(metric.path("MetricName").asText());
                }
            }
        }
        String dashboard = template.resource("Dashboard").path("Properties").path("DashboardBody").get(0).asText();
        emitted.forEach(name -> assertThat(dashboard).as("the dashboard charts " + name).contains("\"" + name + "\""));
        assertThat(template.resource("CoachLogGroup").path("Properties").path("RetentionInDays").asInt()).isPositive();
    }

    @ParameterizedTest
    @CsvSource({"red-flag-emergency, RedFlagEmergency", "red-flag-urgent, RedFlagUrgent", "red-flag-soon, RedFlagSoon",
            "fallback, Fallbacks", "timer-permission-denied, PermissionRefusals",
            "reminder-permission-denied, PermissionRefusals"})
    void whatAnOperatorMustKnowIsCountedAndNothingAPersonSaid(String event, String metric) {
        new TestSkill(store).send(event);
        JsonNode line = log.request();

        assertThat(line.path(metric).asInt()).as(line.toString()).isEqualTo(1);
        for (String other : Metrics.COUNTS) {
            if (!other.equals(metric) && !other.equals(Metrics.REQUESTS)) {
                assertThat(line.path(other).asInt()).as(other + " in " + line).isZero();
            }
        }
        assertThat(line.toString().toLowerCase(java.util.Locale.ROOT)).as("a tier is a metric, never a word of the line")
                .doesNotContainPattern("\\b(emergency|urgent|soon)\\b");
        assertThat(line.toString()).doesNotContain(TestSkill.USER_ID).doesNotContain("AEXAMPLEUSER")
                .doesNotContainIgnoringCase("numb").doesNotContainIgnoringCase("legs").doesNotContainIgnoringCase("fever");
    }

    private static List<String> concat(List<String> list, String last) {
        List<String> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }
}
