package com.rootmail.handler.pipeline;

import com.rootmail.handler.opsitem.OpsItemDraft;

/** Where OpsItems are created: OpsCenter in the home region in the Lambda. */
@FunctionalInterface
public interface OpsItemSink {

    /**
     * Creates the OpsItem, or recognises that it already exists (same dedup string).
     *
     * @return the OpsItem id
     */
    String create(OpsItemDraft draft);
}
