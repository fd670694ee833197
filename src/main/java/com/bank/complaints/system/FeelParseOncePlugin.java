package com.bank.complaints.system;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import camundajar.impl.scala.util.Either;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper.CompositeValueMapper;
import org.springframework.stereotype.Component;

/**
 * The decision tables' FEEL expressions are parsed once, not at every evaluation. Camunda's FEEL engine
 * parses an input entry each time a rule is tested (camunda/feel-scala#1149): the triage table's word
 * lists were parsed again for every complaint, and parsing was two fifths of the FEEL engine's time,
 * itself more than a third of the job executor's CPU at intake. Evaluation is unchanged: the same
 * engine, value mappers and functions evaluate the parsed expression, and an expression that does not
 * parse fails with the same message every time.
 */
@Component
class FeelParseOncePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
                ? configuration.getDmnEngineConfiguration()
                : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        // the engine hands its FEEL functions to the DMN configuration while it builds, after this plugin
        dmn.setFeelEngineFactory(new Factory(dmn));
        configuration.setDmnEngineConfiguration(dmn);
    }

    private record Factory(DefaultDmnEngineConfiguration dmn) implements FeelEngineFactory {

        @Override
        public FeelEngine createInstance() {
            List<FeelCustomFunctionProvider> functions = dmn.getFeelCustomFunctionProviders();
            return new ParsingOnce(functions == null ? List.of() : functions);
        }
    }

    /** Camunda's Scala FEEL engine over a parser that remembers what it parsed. */
    static final class ParsingOnce extends ScalaFeelEngine {

        ParsingOnce(List<FeelCustomFunctionProvider> functions) {
            super(functions);
        }

        @Override
        protected org.camunda.feel.FeelEngine buildFeelEngine(CustomFunctionTransformer functions,
                CompositeValueMapper values) {
            return new RememberingParser(super.buildFeelEngine(functions, values));
        }

        /** How many distinct expressions were parsed. */
        int parsedExpressions() {
            return ((RememberingParser) feelEngine).parsed();
        }
    }

    /** The FEEL engine as Camunda builds it, keeping each expression's parse result by its text. */
    private static final class RememberingParser extends org.camunda.feel.FeelEngine {

        /** Far more than the deployed tables hold; beyond it the memory starts again rather than grow. */
        private static final int MOST = 10_000;

        private final Map<String, Either<Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();
        private final Map<String, Either<Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();

        RememberingParser(org.camunda.feel.FeelEngine built) {
            super(built.functionProvider(), built.valueMapper(), built.configuration(), built.clock());
        }

        @Override
        public Either<Failure, ParsedExpression> parseUnaryTests(String expression) {
            return remembered(unaryTests, expression, super::parseUnaryTests);
        }

        @Override
        public Either<Failure, ParsedExpression> parseExpression(String expression) {
            return remembered(expressions, expression, super::parseExpression);
        }

        int parsed() {
            return unaryTests.size() + expressions.size();
        }

        private static Either<Failure, ParsedExpression> remembered(Map<String, Either<Failure, ParsedExpression>> parsed,
                String expression, Function<String, Either<Failure, ParsedExpression>> parse) {
            if (parsed.size() >= MOST) {
                parsed.clear();
            }
            return parsed.computeIfAbsent(expression, parse);
        }
    }
}
