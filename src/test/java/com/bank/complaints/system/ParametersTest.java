package com.bank.complaints.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class ParametersTest {

    enum Status {
        OPEN, REVIEWED
    }

    private final Parameters read = new Parameters();

    @Test
    void blankValuesReadAsAbsent() {
        assertThat(read.choice("status", " ", Status.class, Status.OPEN)).isEqualTo(Status.OPEN);
        assertThat(read.date("from", "")).isNull();
        assertThat(read.month("month", null, YearMonth.of(2025, 3))).isEqualTo(YearMonth.of(2025, 3));
        assertThat(read.integer("size", "\t", 20, 1, 100)).isEqualTo(20);
        assertThat(read.text("q", "  ", 10)).isNull();
        assertThat(read.errors()).isEmpty();
    }

    @Test
    void choicesAreReadStrippedInAnyCase() {
        assertThat(read.choice("status", " reviewed ", Status.class, null)).isEqualTo(Status.REVIEWED);
        assertThat(read.choice("format", "CSV", List.of("json", "csv"), Function.identity(), null)).isEqualTo("csv");
    }

    @Test
    void anUnknownChoiceIsNamedWithEveryChoiceAndReadsAsTheFallback() {
        assertThat(read.choice("format", "xlsx", List.of("json", "csv"), Function.identity(), "json")).isEqualTo("json");

        assertThat(read.errors()).containsExactly(new FieldError("format", "must be one of json, csv"));
    }

    @Test
    void aRequiredChoiceThatIsMissingNamesTheChoices() {
        assertThat(read.requiredChoice("status", null, Status.class)).isNull();

        assertThat(read.errors()).containsExactly(new FieldError("status", "is required; one of OPEN, REVIEWED"));
    }

    @Test
    void datesAndMonthsAreWrittenTheIsoWay() {
        assertThat(read.date("from", "2025-03-01")).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(read.date("to", "31.03.2025")).isNull();
        assertThat(read.month("month", "June", YearMonth.of(2025, 3))).isEqualTo(YearMonth.of(2025, 3));

        assertThat(read.errors()).containsExactly(new FieldError("to", "must be a date written yyyy-MM-dd"),
                new FieldError("month", "must be a month written yyyy-MM"));
    }

    @Test
    void aNumberOutOfRangeOrNoNumberAtAllIsNamedWithTheRange() {
        assertThat(read.integer("months", "25", 6, 1, 24)).isEqualTo(6);
        assertThat(read.integer("top", "zero", 10, 1, 100)).isEqualTo(10);
        assertThat(read.integer("page", "0", 1, 0, 5)).isZero();

        assertThat(read.errors()).containsExactly(new FieldError("months", "must be a whole number from 1 to 24"),
                new FieldError("top", "must be a whole number from 1 to 100"));
    }

    @Test
    void textIsCheckedAsTextInputChecksIt() {
        assertThat(read.text("category", "A".repeat(21), 20)).isNull();
        assertThat(read.requiredText("note", " ", 1000)).isNull();
        assertThat(read.requiredText("note", "Two\nlines ", 1000)).isEqualTo("Two\nlines");

        assertThat(read.errors()).containsExactly(
                new FieldError("category", "must be at most 20 characters (got 21)"),
                new FieldError("note", "is required"));
    }

    @Test
    void validateNamesEveryBadValueAtOnce() {
        read.date("from", "yesterday");
        read.reject("owner", "must be the user id of a staff member");

        assertThatThrownBy(read::validate).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("from", "owner"));
    }

    @Test
    void validateAcceptsWhatHasNoBadValue() {
        read.date("from", "2025-03-01");

        read.validate();
    }

    @Test
    void anIdIsAWholeNumberFromOneThatALongHolds() {
        assertThat(read.id("id", "42")).isEqualTo(42L);
        assertThat(read.errors()).isEmpty();
        for (String bad : List.of("abc", "-1", "0", "007", "1 OR 1=1", "9".repeat(20), "")) {
            Parameters one = new Parameters();
            assertThat(one.id("id", bad)).as(bad).isNull();
            assertThat(one.errors()).extracting(FieldError::field).containsExactly("id");
        }
    }

    @Test
    void aReferenceIsCapitalWordsJoinedByDashes() {
        assertThat(read.reference("reference", "CC-20261123-000042")).isEqualTo("CC-20261123-000042");
        for (String bad : List.of("cc-20261123-000042", "' OR 1=1 --", "CC-2026\u200B1123-000042", "CC-" + "1".repeat(40), "CC")) {
            Parameters one = new Parameters();
            assertThat(one.reference("reference", bad)).as(bad).isNull();
            assertThat(one.errors()).extracting(FieldError::field).containsExactly("reference");
        }
    }

    @Test
    void aCodeIsLettersDigitsAndUnderscoresReadInUpperCase() {
        assertThat(read.code("category", " transaction ", 20)).isEqualTo("TRANSACTION");
        assertThat(read.code("category", "../../etc", 20)).isNull();
        assertThat(read.code("category", "X".repeat(21), 20)).isNull();
        assertThat(read.errors()).extracting(FieldError::field).containsExactly("category", "category");
    }

    @Test
    void aDateOfAYearBeyondFourDigitsIsNamedNotOverflowed() {
        assertThat(read.date("from", "-999999999-01-01")).isNull();
        assertThat(read.date("from", "+10000-01-01")).isNull();
        assertThat(read.date("from", "2026-02-30")).isNull();
        assertThat(read.errors()).extracting(FieldError::field).containsExactly("from", "from", "from");
    }

    @Test
    void freeTextRefusesWhatAReaderCannotSee() {
        for (String hidden : List.of("pay\u200Bment", "invoice\u202Egpj.exe", "\uFEFFnote", "a\u2066b", "half \uD800",
                "\uDC00 half", "nul\u0000")) {
            Parameters one = new Parameters();
            assertThat(one.requiredText("note", hidden, 100)).as(hidden).isNull();
            assertThat(one.errors()).extracting(FieldError::field).containsExactly("note");
        }
        assertThat(read.requiredText("note", "Chinese 投诉 and an emoji \uD83D\uDE00 stay", 100)).isNotNull();
        assertThat(read.errors()).isEmpty();
    }
}
