package org.ccmcoach.core.value;

import java.util.Objects;

/**
 * Where a {@link Problem} is: a property of a value built in code, a value in a JSON document, a
 * cell of a CSV file, an element of a FHIR resource, or a position in a text. Each kind formats
 * itself as people read it, so every ccm message names a place the same way.
 *
 * <pre>{@code
 * Location.property("Practice", PropertyPath.of("name"));   // Practice.name
 * Location.json("/answers/1.1", 7, 12);                       // /answers/1.1 (line 7, column 12)
 * Location.csvCell(4, "1.1");                                 // line 4, column "1.1"
 * Location.fhirPath("QuestionnaireResponse.item[3].answer[0]");
 * Location.text(4, 17);                                       // line 4, column 17
 * }</pre>
 */
public sealed interface Location permits Location.Property, Location.JsonValue, Location.CsvCell,
        Location.FhirPath, Location.TextPosition {

    /**
     * {@return a property of a value}
     *
     * @param type  the simple name of the value's type, such as {@code Practice}, not blank
     * @param path  where in the value, not null
     */
    static Property property(String type, PropertyPath path) {
        return new Property(type, path);
    }

    /**
     * {@return a value in a JSON document}
     *
     * @param pointer  its JSON Pointer (RFC 6901), {@code ""} for the whole document
     * @param line  its line, from 1; 0 when unknown
     * @param column  its column, from 1; 0 when unknown
     */
    static JsonValue json(String pointer, int line, int column) {
        return new JsonValue(pointer, line, column);
    }

    /**
     * {@return a cell, or with an empty column a whole row, of a CSV file}
     *
     * @param line  the file line, from 1; 0 when unknown
     * @param column  the column's name, empty for the whole row
     */
    static CsvCell csvCell(long line, String column) {
        return new CsvCell(line, column);
    }

    /**
     * {@return an element of a FHIR resource}
     *
     * @param expression  a FHIRPath with 0-based indexes, such as {@code QuestionnaireResponse.item[3].answer[0]}
     */
    static FhirPath fhirPath(String expression) {
        return new FhirPath(expression);
    }

    /**
     * {@return a position in a text that is not (yet) a document ccm can point into}
     *
     * @param line  the line, from 1
     * @param column  the column, from 1; 0 when unknown
     */
    static TextPosition text(long line, long column) {
        return new TextPosition(line, column);
    }

    /**
     * A property of a value, printed {@code Practice.name} or {@code AssessmentResponse.answers[1.1]}.
     *
     * @param type  the simple name of the value's type, not blank
     * @param path  where in the value, not null
     */
    record Property(String type, PropertyPath path) implements Location {

        /**
         * Checks the parts.
         *
         * @param type  the simple name of the value's type, not blank
         * @param path  where in the value, not null
         */
        public Property {
            Text.requireNotBlank(type, "type");
            Objects.requireNonNull(path, "path");
        }

        /** {@return the property's path as people read it, such as {@code name} or {@code roles[2]}} */
        public String property() {
            return path.toString();
        }

        @Override
        public String toString() {
            return type + "." + path;
        }
    }

    /**
     * A value in a JSON document, printed {@code /roles/2 (line 3, column 14)}, or {@code the document}
     * for the empty pointer.
     *
     * @param pointer  the JSON Pointer, not null
     * @param line  the line from 1, 0 when unknown
     * @param column  the column from 1, 0 when unknown
     */
    record JsonValue(String pointer, int line, int column) implements Location {

        /**
         * Checks the parts.
         *
         * @param pointer  the JSON Pointer, not null
         * @param line  the line from 1, 0 when unknown
         * @param column  the column from 1, 0 when unknown
         */
        public JsonValue {
            Objects.requireNonNull(pointer, "pointer");
            if (line < 0 || column < 0) {
                throw new IllegalArgumentException("line and column: must be at least 0 (were " + line + ", " + column + ")");
            }
        }

        @Override
        public String toString() {
            return (pointer.isEmpty() ? "the document" : Text.plain(pointer))
                    + (line > 0 ? " (line " + line + ", column " + column + ")" : "");
        }
    }

    /**
     * A cell of a CSV file, printed {@code line 4, column "1.1"}, or a whole row, {@code line 4}.
     *
     * @param line  the file line from 1, 0 when unknown
     * @param column  the column's name, empty for the whole row
     */
    record CsvCell(long line, String column) implements Location {

        /**
         * Checks the parts.
         *
         * @param line  the file line from 1, 0 when unknown
         * @param column  the column's name, empty for the whole row
         */
        public CsvCell {
            if (line < 0) {
                throw new IllegalArgumentException("line: must be at least 0 (was " + line + ")");
            }
            Objects.requireNonNull(column, "column");
        }

        @Override
        public String toString() {
            return "line " + line + (column.isEmpty() ? "" : ", column \"" + Text.plain(column) + "\"");
        }
    }

    /**
     * An element of a FHIR resource, printed as its FHIRPath.
     *
     * @param expression  the FHIRPath, not null
     */
    record FhirPath(String expression) implements Location {

        /**
         * Checks the expression.
         *
         * @param expression  the FHIRPath, not null
         */
        public FhirPath {
            Objects.requireNonNull(expression, "expression");
        }

        @Override
        public String toString() {
            return Text.plain(expression);
        }
    }

    /**
     * A position in a text, printed {@code line 4, column 17}, or {@code line 4} when the column is unknown.
     *
     * @param line  the line from 1
     * @param column  the column from 1, 0 when unknown
     */
    record TextPosition(long line, long column) implements Location {

        /**
         * Checks the parts.
         *
         * @param line  the line from 1
         * @param column  the column from 1, 0 when unknown
         */
        public TextPosition {
            if (line < 0 || column < 0) {
                throw new IllegalArgumentException("line and column: must be at least 0 (were " + line + ", " + column + ")");
            }
        }

        @Override
        public String toString() {
            return "line " + line + (column > 0 ? ", column " + column : "");
        }
    }
}
