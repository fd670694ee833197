package com.bank.complaints.caselibrary;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One case of the library in full: the library's fields, how it was triaged and the steps it went
 * through. Steps name the activity and its times only: who worked on it is for Cockpit's audit, not
 * for training material.
 */
record CaseStory(@JsonUnwrapped LibraryCase summary, String severity, String complexity, boolean escalated,
        List<Step> steps) {

    record Step(String name, JsonNode start, JsonNode end) {
    }
}
