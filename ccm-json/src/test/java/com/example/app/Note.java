package com.example.app;

/**
 * A type of an application's own, outside ccm's packages: ccm's module leaves its unknown properties
 * to the application's mapper.
 *
 * @param text  the note
 */
public record Note(String text) {
}
