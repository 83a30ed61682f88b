package com.rootmail.infra.automation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pulumi.automation.AutomationException;
import com.pulumi.automation.CommandResult;
import com.pulumi.automation.CommandRunOptions;
import com.pulumi.automation.PulumiCommand;
import com.pulumi.automation.Version;
import java.util.List;

/**
 * Lets the SDK read stack outputs that are lists or maps. The Automation API of
 * com.pulumi:pulumi 1.36.1 reads {@code pulumi stack output --json} as a map of strings and
 * fails on RootMail's {@code nameServers} list, even at the end of a successful {@code up}.
 * This passes every other command through and hands the SDK each structured output as its
 * JSON text ({@code "[\"ns-1.example\",...]"}).
 */
final class ReadableOutputs implements PulumiCommand {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> STACK_OUTPUT = List.of("stack", "output", "--json");

    private final PulumiCommand cli;

    ReadableOutputs(PulumiCommand cli) {
        this.cli = cli;
    }

    @Override
    public Version version() {
        return cli.version();
    }

    @Override
    public CommandResult run(List<String> args, CommandRunOptions options) throws AutomationException {
        CommandResult result = cli.run(args, options);
        if (args.size() < STACK_OUTPUT.size() || !args.subList(0, STACK_OUTPUT.size()).equals(STACK_OUTPUT)) {
            return result;
        }
        return new CommandResult(result.code(), asTextValues(result.standardOutput()), result.standardError());
    }

    static String asTextValues(String outputsJson) {
        if (outputsJson.isBlank()) {
            return outputsJson;
        }
        try {
            JsonNode outputs = JSON.readTree(outputsJson);
            if (!(outputs instanceof ObjectNode object)) {
                return outputsJson;
            }
            for (var field : object.properties()) {
                if (field.getValue().isContainerNode()) {
                    field.setValue(object.textNode(JSON.writeValueAsString(field.getValue())));
                }
            }
            return JSON.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            return outputsJson;   // not ours to judge: the SDK reports what it cannot read
        }
    }
}
