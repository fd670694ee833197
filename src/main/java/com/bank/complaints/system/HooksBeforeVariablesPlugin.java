package com.bank.complaints.system;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * A model's {@code ${sendReceiptDelegate}} is the desk's bean, looked up before the case's variables. Camunda looks
 * a name up among the variables first, and asking whether a step has a variable of that name loads every variable of
 * every scope it sits in: in a timer storm, finding the warning step's delegate that way was a twelfth of the job's
 * CPU, for variables the step never reads. Only beans that are a delegate or a listener come first: their names
 * are never a case's data, and no variable can stand in for a step's code. Every other name (a variable,
 * {@code deadlines}, {@code execution}) is looked up as before.
 */
@Component
class HooksBeforeVariablesPlugin extends AbstractProcessEnginePlugin {

    private static final Class<?>[] HOOKS = {JavaDelegate.class, ExecutionListener.class, TaskListener.class};

    private final ApplicationContext context;

    HooksBeforeVariablesPlugin(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(new SpringExpressionManager(context, configuration.getBeans()) {
            @Override
            protected ELResolver createElResolver() {
                CompositeELResolver resolver = new CompositeELResolver();
                resolver.add(new Hooks(context));
                resolver.add(super.createElResolver());
                return resolver;
            }
        });
    }

    /** Resolves a top-level name that is a delegate or listener bean; leaves every other name to the engine. */
    static final class Hooks extends ELResolver {

        private final ApplicationContext beans;
        private final Map<String, Boolean> hooks = new ConcurrentHashMap<>();

        Hooks(ApplicationContext beans) {
            this.beans = beans;
        }

        private boolean isHook(Object base, Object property) {
            return base == null && property instanceof String name && hooks.computeIfAbsent(name, this::namesHook);
        }

        private boolean namesHook(String name) {
            if (!beans.containsBean(name)) {
                return false;
            }
            for (Class<?> hook : HOOKS) {
                if (beans.isTypeMatch(name, hook)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (!isHook(base, property)) {
                return null;
            }
            context.setPropertyResolved(true);
            return beans.getBean((String) property);
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            if (!isHook(base, property)) {
                return false;
            }
            context.setPropertyResolved(true);
            return true;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            if (isHook(base, property)) {
                throw new ProcessEngineException("Cannot set '" + property + "': it names the desk's step " + property);
            }
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return Object.class;
        }
    }
}
