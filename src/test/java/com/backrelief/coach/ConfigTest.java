package com.backrelief.coach;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigTest {

    @Test
    void aMissingTableNameFailsFastNamingTheVariable() {
        assertThatThrownBy(() -> Config.from(Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TABLE_NAME");
    }

    @Test
    void blankOptionalSettingsCountAsUnset() {
        Config config = Config.from(Map.of("TABLE_NAME", "t", "DYNAMODB_ENDPOINT", "", "SKILL_ID", " "));

        assertThat(config.dynamoDbEndpoint()).isEmpty();
        assertThat(config.skillId()).isEmpty();
        assertThat(config.region()).isEqualTo("us-east-1");
    }

    @Test
    void theFunctionsNameIsTheOneLambdaSets() {
        assertThat(Config.from(Map.of("TABLE_NAME", "t", "AWS_LAMBDA_FUNCTION_NAME", "coach-CoachFunction-1")).functionName())
                .isEqualTo("coach-CoachFunction-1");
    }

    @Test
    void readsEverySetting() {
        Config config = Config.from(Map.of("TABLE_NAME", "t", "DYNAMODB_ENDPOINT", "http://127.0.0.1:8000",
                "SKILL_ID", "amzn1.ask.skill.x", "AWS_REGION", "eu-west-1"));

        assertThat(config).isEqualTo(new Config("t", java.util.Optional.of("http://127.0.0.1:8000"),
                java.util.Optional.of("amzn1.ask.skill.x"), "eu-west-1", "local"));
    }
}
