package com.rootmail.infra.automation;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.automation.ConfigValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StackConfigValuesTest {

    @Test
    void scalarsStayPlainInTheirOrder() {
        var values = StackConfigValues.of(ordered("aws:region", "eu-central-1", "rootmail:replaceActiveRuleSet", "false",
                "rootmail:logRetentionDays", "90"));

        assertThat(text(values.plain())).containsExactly(Map.entry("aws:region", "eu-central-1"),
                Map.entry("rootmail:replaceActiveRuleSet", "false"), Map.entry("rootmail:logRetentionDays", "90"));
        assertThat(values.paths()).isEmpty();
    }

    @Test
    void listsAndMapsAreSetLeafByLeafWithPaths() {
        var values = StackConfigValues.of(ordered(
                "rootmail:recipients", "[\"root@a.test\",\"ops@a.test\"]",
                "rootmail:tags", "{\"team\":\"sec\",\"cost-center\":\"42\",\"nested\":{\"list\":[1,true]}}"));

        assertThat(text(values.paths())).containsExactly(
                Map.entry("rootmail:recipients[0]", "root@a.test"),
                Map.entry("rootmail:recipients[1]", "ops@a.test"),
                Map.entry("rootmail:tags.team", "sec"),
                Map.entry("rootmail:tags[\"cost-center\"]", "42"),
                Map.entry("rootmail:tags.nested.list[0]", "1"),
                Map.entry("rootmail:tags.nested.list[1]", "true"));
        assertThat(values.plain()).isEmpty();
    }

    @Test
    void textThatOnlyLooksLikeJsonAndEmptyListsStayPlain() {
        var values = StackConfigValues.of(ordered("rootmail:note", "[draft] not json", "rootmail:recipients", "[]"));

        assertThat(text(values.plain())).containsExactly(
                Map.entry("rootmail:note", "[draft] not json"), Map.entry("rootmail:recipients", "[]"));
        assertThat(values.paths()).isEmpty();
    }

    @Test
    void nothingIsSetAsSecret() {
        var values = StackConfigValues.of(ordered("rootmail:domain", "a.test", "rootmail:recipients", "[\"root@a.test\"]"));

        assertThat(values.plain().values()).noneMatch(ConfigValue::isSecret);
        assertThat(values.paths().values()).noneMatch(ConfigValue::isSecret);
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, String> text(Map<String, ConfigValue> values) {
        return values.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> e.getValue().value(), (a, b) -> a, LinkedHashMap::new));
    }
}
