package com.rootmail.infra.receiving;

import com.pulumi.aws.ses.SesFunctions;
import com.pulumi.aws.ses.outputs.GetActiveReceiptRuleSetResult;
import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.InvokeArgs;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;
import com.rootmail.infra.config.ConfigKeys;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * Only one receipt rule set can be active per account and region: activating ours would
 * silently switch off whatever receives mail there now. The guard asks SES which set is
 * active and refuses to go on unless it is ours, none, or the user opted in to replacing it.
 *
 * <pre>{@code
 * Output<String> name = ActiveRuleSetGuard.guard(parent, receivingProvider, "rootmail-rules", false);
 * new ActiveReceiptRuleSet(..., ActiveReceiptRuleSetArgs.builder().ruleSetName(name).build(), ...);
 * }</pre>
 */
public final class ActiveRuleSetGuard {

    private ActiveRuleSetGuard() {
    }

    /** Our rule set's name once SES's answer allows activating it; fails the deployment otherwise. */
    public static Output<String> guard(Resource parent, ProviderResource receiving, String ours, boolean replace) {
        var options = InvokeOptions.builder().parent(parent).provider(receiving).build();
        var active = SesFunctions.getActiveReceiptRuleSetPlain(InvokeArgs.Empty, options)
                .handle((result, failure) -> failure == null ? nameOf(result) : noneIfNotFound(failure));
        return Output.of(active).applyValue(set -> check(set, ours, replace));
    }

    /** Pure decision: our name when activation is allowed, else an error naming the active set and the key. */
    public static String check(Optional<String> active, String ours, boolean replace) {
        if (active.isEmpty() || active.get().equals(ours) || replace) {
            return ours;
        }
        throw new IllegalStateException(("The SES receipt rule set '%s' is active in the receiving region; "
                + "activating '%s' would stop it from receiving mail. Set %s to true to replace it "
                + "(`pulumi config set %s true`), or choose another rootmail:receivingRegion.")
                .formatted(active.get(), ours, ConfigKeys.REPLACE_ACTIVE_RULE_SET, ConfigKeys.REPLACE_ACTIVE_RULE_SET));
    }

    private static Optional<String> nameOf(GetActiveReceiptRuleSetResult result) {
        return Optional.ofNullable(result).map(GetActiveReceiptRuleSetResult::ruleSetName).filter(n -> !n.isEmpty());
    }

    /** The provider answers "no active rule set" with an error rather than an empty result. */
    static Optional<String> noneIfNotFound(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("empty result") || message.contains("not found") || message.contains("no active")) {
            return Optional.empty();
        }
        throw new CompletionException(cause);
    }
}
