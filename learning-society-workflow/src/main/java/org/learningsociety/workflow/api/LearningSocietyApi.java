package org.learningsociety.workflow.api;

/** Where the API lives. */
public final class LearningSocietyApi {

    /** The path every endpoint of this version starts with. */
    public static final String BASE_PATH = "/api/learning-society/v1";

    private LearningSocietyApi() {
    }
}
