package org.negotiationtracker.api;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Brings an answer that completes on another thread (the log's writer) back to the request's event loop, so the
 * response is built and written there and the writer goes straight on to the next commit.
 */
final class CallerContext {

    private CallerContext() {
    }

    static <T> CompletionStage<T> resumeOnCaller(CompletionStage<T> answer) {
        Context caller = Vertx.currentContext();
        if (caller == null) {
            return answer;
        }
        CompletableFuture<T> resumed = new CompletableFuture<>();
        answer.whenComplete((value, failure) -> caller.runOnContext(ignored -> {
            if (failure == null) {
                resumed.complete(value);
            } else {
                resumed.completeExceptionally(failure instanceof CompletionException wrapped
                        && wrapped.getCause() != null ? wrapped.getCause() : failure);
            }
        }));
        return resumed;
    }
}
