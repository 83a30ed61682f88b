package com.rootmail.infra.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.rootmail.policy.Verdict;
import com.rootmail.policy.Violation;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link Plan} for people (resources with their region and inputs, policy
 * documents pretty-printed, the outputs, then the policy pack's verdict) or as one JSON
 * object for tools: {@code {"resources": [{"type", "name", "region", "inputs"}],
 * "outputs": {...}, "violations": [{"policy", "enforcement", "urn", "message"}]}}.
 *
 * <pre>{@code
 * PlanPrinter.text(plan, PolicyPack.rootMail().verdict(PolicyResources.of(plan)), "dev", out);
 * }</pre>
 */
public final class PlanPrinter {

    public static final String PLACEHOLDER_NOTE = "Offline plan (Pulumi mock engine, no AWS): ids, ARNs, URLs, "
            + "the account " + PlaceholderMocks.ACCOUNT_ID + ", name servers and DKIM tokens are placeholders; "
            + "AWS assigns the real ones.";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanPrinter() {
    }

    public static void text(Plan plan, Verdict verdict, String stack, PrintWriter out) {
        out.println("RootMail plan for stack '" + stack + "'");
        out.println(PLACEHOLDER_NOTE);
        out.println();
        List<Registration> shown = plan.resources();
        out.println(shown.size() + " resources would be registered:");
        for (Registration resource : shown) {
            out.println();
            out.printf("%s  %s  [%s]%n", resource.name(), resource.type(), regionLabel(resource));
            resource.inputs().forEach((key, value) -> out.println(indented("    " + key + ": ", value)));
            resource.options().forEach((key, value) -> out.println("    (option) " + key + ": " + value));
        }
        out.println();
        out.println("Outputs:");
        plan.outputs().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.println(indented("    " + e.getKey() + ": ", e.getValue())));
        out.println();
        policies(verdict, out);
        out.println();
        out.println("To receive mail, the parent zone must delegate " + plan.outputs().get("domain")
                + ": after `pulumi up`, add the NS records of `pulumi stack output delegationRecord` there.");
        out.flush();
    }

    public static void json(Plan plan, Verdict verdict, PrintWriter out) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("resources", plan.resources().stream().map(r -> {
            Map<String, Object> resource = new LinkedHashMap<>();
            resource.put("type", r.type());
            resource.put("name", r.name());
            resource.put("region", r.region());
            resource.put("inputs", r.inputs());
            return resource;
        }).toList());
        document.put("outputs", plan.outputs());
        document.put("violations", verdict.violations().stream().map(v -> {
            Map<String, Object> violation = new LinkedHashMap<>();
            violation.put("policy", v.policyName());
            violation.put("enforcement", v.enforcementLevel().name().toLowerCase(Locale.ROOT));
            violation.put("urn", v.urn());
            violation.put("message", v.message());
            return violation;
        }).toList());
        out.println(write(PRETTY, document));
        out.flush();
    }

    private static void policies(Verdict verdict, PrintWriter out) {
        out.printf("Policies (%s %s, %d rules): %s%n", verdict.pack(), verdict.version(), verdict.policies(),
                verdict.violations().isEmpty() ? "all passed"
                        : verdict.violations().size() + " violated, " + verdict.mandatoryCount() + " mandatory");
        for (Violation violation : verdict.violations()) {
            out.printf("    [%s] %s  %s%n        %s%n", violation.enforcementLevel().name().toLowerCase(Locale.ROOT),
                    violation.policyName(), violation.urn(), violation.message());
        }
    }

    private static String regionLabel(Registration resource) {
        if (resource.type().startsWith("pulumi:providers:")) {
            return "provider for " + resource.region();
        }
        if (resource.region().equals(Registration.NO_REGION)) {
            return "component";
        }
        boolean global = resource.type().startsWith("aws:route53/") || resource.type().startsWith("aws:iam/");
        return global ? resource.region() + ", a global service" : resource.region();
    }

    /** Multi-line values (policy documents, the delegation record) continue under their key. */
    private static String indented(String prefix, Object value) {
        String text = value instanceof String s ? prettyIfJson(s) : write(JSON, value);
        return prefix + text.replace("\n", "\n" + " ".repeat(prefix.length()));
    }

    private static String prettyIfJson(String value) {
        if (!value.startsWith("{")) {
            return value;
        }
        try {
            JsonNode tree = JSON.readTree(value);
            return write(PRETTY, tree);
        } catch (JsonProcessingException e) {
            return value;
        }
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain values always serialize", e);
        }
    }
}
