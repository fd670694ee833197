package com.bank.complaints.vigilance;

/** The body of a review: verdict (see {@link Verdict}) and a note saying why. */
record ReviewRequest(String verdict, String note) {
}
