package com.bank.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Issue 14: the capabilities are modules whose boundaries a test enforces, drawn into docs/modules. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(ComplaintDeskApplication.class);
    private static final Path DOCS = Path.of("docs/modules");

    @Test
    @DisplayName("no module reaches into another's internals and no two modules depend on each other in a cycle")
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    @DisplayName("the shared kernel (lifecycle, system) depends on no feature module")
    void kernelDependsOnNoFeature() {
        for (String kernel : List.of("lifecycle", "system")) {
            assertThat(MODULES.getModuleByName(kernel).orElseThrow().getDependencies(MODULES).uniqueModules()
                    .map(ApplicationModule::getName).filter(name -> !List.of("lifecycle", "system").contains(name)))
                    .as(kernel).isEmpty();
        }
    }

    @Test
    @DisplayName("the module diagram and canvases are written to docs/modules")
    void documentsTheModules() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        sortRelations();
    }

    /**
     * The diagrams' relations in one order: Modulith writes them in the iteration order of a hash set, which
     * changed the files at every run without a change of the modules.
     */
    private static void sortRelations() throws IOException {
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path diagram : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
                List<String> lines = Files.readAllLines(diagram);
                Iterator<String> sorted = lines.stream().filter(ModularityTest::relation).sorted().iterator();
                Files.writeString(diagram, String.join("\n",
                        lines.stream().map(line -> relation(line) ? sorted.next() : line).toList()));
            }
        }
    }

    private static boolean relation(String line) {
        return line.startsWith("Rel(");
    }
}
