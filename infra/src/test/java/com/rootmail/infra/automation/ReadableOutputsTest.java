package com.rootmail.infra.automation;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.automation.CommandResult;
import com.pulumi.automation.CommandRunOptions;
import com.pulumi.automation.PulumiCommand;
import com.pulumi.automation.Version;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadableOutputsTest {

    @Test
    void listsAndMapsBecomeTheirJsonTextAndStringsStayAsTheyAre() {
        assertThat(ReadableOutputs.asTextValues("""
                {"domain": "a.test", "nameServers": ["ns-1", "ns-2"], "tags": {"app": "rootmail"}, "count": 3}"""))
                .isEqualTo("{\"domain\":\"a.test\",\"nameServers\":\"[\\\"ns-1\\\",\\\"ns-2\\\"]\","
                        + "\"tags\":\"{\\\"app\\\":\\\"rootmail\\\"}\",\"count\":3}");
    }

    @Test
    void emptyOrUnreadableOutputIsLeftForTheSdkToJudge() {
        assertThat(ReadableOutputs.asTextValues("")).isEmpty();
        assertThat(ReadableOutputs.asTextValues("not json")).isEqualTo("not json");
        assertThat(ReadableOutputs.asTextValues("[1]")).isEqualTo("[1]");
    }

    @Test
    void onlyStackOutputIsRewritten() throws Exception {
        PulumiCommand cli = new PulumiCommand() {
            @Override
            public Version version() {
                return Version.of(3, 190, 0);
            }

            @Override
            public CommandResult run(List<String> args, CommandRunOptions options) {
                return new CommandResult(0, "{\"list\": [1]}", "");
            }
        };
        var readable = new ReadableOutputs(cli);

        assertThat(readable.run(List.of("stack", "output", "--json", "--stack", "dev"), CommandRunOptions.Empty)
                .standardOutput()).isEqualTo("{\"list\":\"[1]\"}");
        assertThat(readable.run(List.of("config", "--show-secrets", "--json"), CommandRunOptions.Empty)
                .standardOutput()).isEqualTo("{\"list\": [1]}");
        assertThat(readable.version()).isEqualTo(Version.of(3, 190, 0));
    }
}
