package com.rootmail.handler.pipeline;

import com.rootmail.handler.classify.Classification;
import com.rootmail.handler.opsitem.OpsItemDraft;
import com.rootmail.handler.opsitem.Secret;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What RootMail would do with one mail: its classification and, unless suppressed, the
 * OpsItem draft and the secrets to store beside it.
 */
public record Assessment(Classification classification, Optional<OpsItemDraft> draft, List<Secret> secrets) {

    public Assessment {
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(draft, "draft");
        secrets = List.copyOf(secrets);
        if (draft.isEmpty() && !secrets.isEmpty()) {
            throw new IllegalArgumentException("a suppressed mail stores no secrets");
        }
    }

    public boolean suppressed() {
        return draft.isEmpty();
    }
}
