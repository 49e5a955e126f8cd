package org.kizuna.metrics;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kizuna.metrics.advocacy.AdvocacyInputs;
import org.kizuna.metrics.engagement.EngagementInputs;
import org.kizuna.metrics.retention.RetentionInputs;
import org.kizuna.metrics.revenue.ValueInputs;
import org.kizuna.metrics.support.SupportInputs;
import org.kizuna.metrics.voice.VoiceInputs;

/**
 * The store's inputs, each query asked once and its answer kept for the rest of one computation: several
 * metrics read the same tallies (many divide by the active customers), and each store query scans the data.
 * Every method of {@link MetricInputs} and of the family ports it hands out is remembered by its arguments,
 * so a new input needs no code here. Not thread-safe; one per call.
 */
final class MemoisedInputs implements InvocationHandler {

    private static final Set<Class<?>> FAMILY_PORTS = Set.of(
            VoiceInputs.class,
            RetentionInputs.class,
            ValueInputs.class,
            EngagementInputs.class,
            SupportInputs.class,
            AdvocacyInputs.class);

    private record Call(Method method, List<Object> arguments) {}

    private final Object store;
    private final Map<Call, Object> answers = new HashMap<>();

    private MemoisedInputs(Object store) {
        this.store = store;
    }

    static MetricInputs over(MetricInputs store) {
        return wrap(MetricInputs.class, store);
    }

    private static <T> T wrap(Class<T> port, Object store) {
        return port.cast(
                Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, new MemoisedInputs(store)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "memoised " + store;
            };
        }
        Call call = new Call(method, args == null ? List.of() : Arrays.asList(args));
        if (answers.containsKey(call)) {
            return answers.get(call);
        }
        Object answer;
        try {
            answer = method.invoke(store, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        // A family port is itself a set of queries: remember its answers too.
        if (FAMILY_PORTS.contains(method.getReturnType())) {
            answer = wrap(method.getReturnType(), answer);
        }
        answers.put(call, answer);
        return answer;
    }
}
