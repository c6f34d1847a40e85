package com.backrelief.coach;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backrelief.coach.devtools.SamTemplate;
import com.backrelief.coach.persistence.DynamoDbProgressStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** template.yaml and the code agree: handler, environment variables and table, so neither drifts alone. */
class TemplateConsistencyTest {

    private final SamTemplate template = SamTemplate.read(SamTemplate.DEFAULT);

    @Test
    void theHandlerIsAStreamHandlerLambdaCanCreate() throws Exception {
        Class<?> handler = Class.forName(template.handlerClass());

        assertThat(RequestStreamHandler.class).isAssignableFrom(handler);
        assertThat(template.handlerMethod()).isEqualTo("handleRequest");
        assertThat(handler.getMethod("handleRequest", InputStream.class, OutputStream.class, Context.class)).isNotNull();
        assertThat(handler.getConstructor()).as("Lambda's constructor").isNotNull();
        assertThat(handler.getConstructor(Config.class)).as("the local tools' constructor").isNotNull();
    }

    @Test
    void theTemplateSetsTheVariablesConfigReadsExceptTheOnesLambdaSets() {
        Set<String> expected = new HashSet<>(Config.VARIABLES);
        expected.removeAll(Config.SET_BY_LAMBDA);
        expected.add("JAVA_TOOL_OPTIONS");

        assertThat(template.environment().keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Least privilege: the policy allows exactly the DynamoDB operations the store calls, on the table alone. */
    @Test
    void thePolicyAllowsExactlyTheCallsTheStoreMakes() throws IOException {
        String store = java.nio.file.Files.readString(
                Path.of("src/main/java/com/backrelief/coach/persistence/DynamoDbProgressStore.java"));
        Set<String> calls = new java.util.TreeSet<>();
        java.util.regex.Matcher call = java.util.regex.Pattern.compile("client\\(\\)\\.(\\w+)\\(").matcher(store);
        while (call.find()) {
            calls.add("dynamodb:" + Character.toUpperCase(call.group(1).charAt(0)) + call.group(1).substring(1));
        }
        Set<String> allowed = new java.util.TreeSet<>();
        List<String> resources = new ArrayList<>();
        for (JsonNode policy : template.function().path("Policies")) {
            for (JsonNode statement : policy.path("Statement")) {
                statement.path("Action").forEach(action -> allowed.add(action.asText()));
                resources.add(statement.path("Resource").asText());
            }
        }

        assertThat(calls).containsExactly("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem");
        assertThat(allowed).isEqualTo(calls);
        assertThat(resources).containsOnly(template.single("AWS::DynamoDB::Table").getKey() + ".Arn");
    }

    @Test
    void theTableIsKeyedAndExpiresAsTheStoreWritesIt() {
        JsonNode table = template.table();
        List<String> keys = new ArrayList<>();
        table.path("KeySchema").forEach(k -> keys.add(k.path("AttributeName").asText() + ":" + k.path("KeyType").asText()));

        assertThat(keys).containsExactly(DynamoDbProgressStore.PARTITION_KEY + ":HASH");
        assertThat(table.path("AttributeDefinitions").get(0).path("AttributeName").asText())
                .isEqualTo(DynamoDbProgressStore.PARTITION_KEY);
        assertThat(table.path("TimeToLiveSpecification").path("AttributeName").asText())
                .isEqualTo(DynamoDbProgressStore.TTL_ATTRIBUTE);
        assertThat(table.path("TimeToLiveSpecification").path("Enabled").asBoolean()).isTrue();
    }

    @Test
    void theSamLocalEnvironmentFileSetsOnlyVariablesTheFunctionDeclares() throws IOException {
        JsonNode file = new ObjectMapper().readTree(Path.of("events/sam-local/env.json").toFile());
        List<String> functions = new ArrayList<>();
        file.fieldNames().forEachRemaining(functions::add);
        List<String> variables = new ArrayList<>();
        file.path(template.functionLogicalId()).fieldNames().forEachRemaining(variables::add);

        assertThat(functions).containsExactly(template.functionLogicalId());
        // sam local overrides only the variables the template declares; any other would be ignored
        assertThat(template.environment().keySet()).containsAll(variables);
        assertThat(variables).contains(Config.TABLE_NAME, Config.DYNAMODB_ENDPOINT, Config.SKILL_ID);
    }
}
