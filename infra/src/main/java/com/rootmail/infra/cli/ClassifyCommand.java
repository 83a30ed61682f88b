package com.rootmail.infra.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rootmail.handler.RootMailHandler;
import com.rootmail.handler.classify.TraceHeaderVerdicts;
import com.rootmail.handler.classify.Verdicts;
import com.rootmail.handler.mail.ParsedMail;
import com.rootmail.handler.opsitem.Delivery;
import com.rootmail.handler.opsitem.OpsItemDraft;
import com.rootmail.handler.opsitem.Secret;
import com.rootmail.handler.pipeline.Assessment;
import com.rootmail.handler.pipeline.Assessor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rootmail classify}: what the Lambda would do with one mail file, as one JSON
 * object on stdout. It runs the handler's own parser, rules table and OpsItem composition;
 * it writes nothing anywhere.
 *
 * <pre>{@code
 * ./rootmail classify mail.eml --recipient root+abc@aws.example.com --verdicts dkim=PASS,spf=PASS
 * }</pre>
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Show what the RootMail handler would do with one mail: one JSON object on stdout",
            "(action, classification, trusted, title, category, severity, description, operationalData,",
            "secrets: the names of what would be moved out, never their values)."})
public final class ClassifyCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "FILE.eml", description = "The raw mail (RFC 5322), e.g. an object SES stored.")
    private Path file;

    @Option(names = "--recipient", paramLabel = "ADDR",
            description = "The root address it was sent to (default: the first To address).")
    private String recipient;

    @Option(names = "--verdicts", paramLabel = "dkim=P,spf=P,dmarc=P,spam=P,virus=P",
            description = {"SES verdicts: PASS, FAIL, GRAY, PROCESSING_FAILED or DISABLED. Default for each: what",
                "SES's own headers in the file say (X-SES-*-Verdict, Authentication-Results), else GRAY."})
    private String verdicts;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (recipient != null && !recipient.matches("[^\\s@]+@[^\\s@]+")) {
            throw new IllegalArgumentException("--recipient '" + recipient + "' is not an email address");
        }
        Assessor assessor = RootMailHandler.assessor(RootMailHandler.DEFAULT_OPSITEM_SOURCE, Optional.empty());
        ParsedMail mail = read(assessor);
        Verdicts fromFile = TraceHeaderVerdicts.read(mail.traceHeaders());
        Verdicts given = verdicts == null ? fromFile : Verdicts.parse(verdicts, fromFile);
        List<String> recipients = Optional.ofNullable(recipient).or(() -> mail.to().stream().findFirst())
                .map(List::of).orElse(List.of());
        Delivery delivery = new Delivery(messageId(file), Optional.empty(), recipients, given, file.toString(),
                Optional.empty());
        spec.commandLine().getOut().println(render(assessor.assess(mail, delivery)));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private ParsedMail read(Assessor assessor) {
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("cannot read " + file + ": it is a directory, not a mail file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("cannot read " + file + ": no such file");
        }
        try (InputStream raw = Files.newInputStream(file)) {
            return assessor.parse(raw);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** SES names stored mails by message id; any other file name is made safe to use as one. */
    static String messageId(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.eml$", "").replaceAll("[^A-Za-z0-9._-]", "-");
        String id = name.replaceFirst("^[._-]+", "");
        return id.isEmpty() ? "local-mail" : id.substring(0, Math.min(id.length(), 200));
    }

    static String render(Assessment assessment) {
        ObjectNode out = JSON.createObjectNode();
        out.put("action", assessment.suppressed() ? "suppress" : "opsitem");
        out.put("classification", assessment.classification().id());
        out.put("trusted", assessment.classification().trusted());
        Optional<OpsItemDraft> draft = assessment.draft();
        out.put("title", draft.map(OpsItemDraft::title).orElse(null));
        out.put("category", draft.flatMap(OpsItemDraft::category).orElse(null));
        out.put("severity", draft.flatMap(OpsItemDraft::severity).orElse(null));
        out.put("description", draft.map(OpsItemDraft::description).orElse(null));
        ObjectNode data = out.putObject("operationalData");
        draft.ifPresent(d -> d.operationalData().forEach((key, value) -> data.put(key, value.value())));
        ArrayNode secrets = out.putArray("secrets");
        assessment.secrets().stream().map(Secret::name).forEach(secrets::add);
        return out.toPrettyString();
    }
}
