package org.learningsociety.workflow.database;

import java.util.Arrays;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.ResourceTransactionManager;

/**
 * The DataSource the library's tables live in and the transaction manager its units of work run on,
 * chosen among the host's beans as Camunda's starter chooses the engine's:
 * <ol>
 * <li>the bean named or {@code @Qualifier}-ed {@value #DATA_SOURCE} (and {@value #TRANSACTION_MANAGER});
 * <li>else the engine's own, {@value #ENGINE_DATA_SOURCE} (and {@value #ENGINE_TRANSACTION_MANAGER}),
 * so that the library's writes share the engine's transactions by default;
 * <li>else the host's only one, or its {@code @Primary} one among several
 * ({@code @ConditionalOnSingleCandidate}'s rule).
 * </ol>
 * A transaction manager that manages another DataSource than the chosen one is refused: the library's
 * writes would commit one statement at a time, outside every transaction.
 */
public final class LearningSocietyDatabase {

    /** The name or qualifier of the DataSource a host gives the library. */
    public static final String DATA_SOURCE = "learningSocietyDataSource";
    /** The name or qualifier of the transaction manager a host gives the library with its DataSource. */
    public static final String TRANSACTION_MANAGER = "learningSocietyTransactionManager";
    /** Camunda's starter's qualifier of the engine's own DataSource. */
    public static final String ENGINE_DATA_SOURCE = "camundaBpmDataSource";
    /** Camunda's starter's qualifier of the engine's own transaction manager. */
    public static final String ENGINE_TRANSACTION_MANAGER = "camundaBpmTransactionManager";

    private final DataSource dataSource;
    private final String dataSourceName;
    private final PlatformTransactionManager transactionManager;

    /**
     * The library on {@code dataSource} with {@code transactionManager}.
     *
     * @throws IllegalStateException when {@code transactionManager} manages another DataSource
     */
    public LearningSocietyDatabase(DataSource dataSource, String dataSourceName,
            PlatformTransactionManager transactionManager, String transactionManagerName) {
        if (transactionManager instanceof ResourceTransactionManager resources
                && resources.getResourceFactory() instanceof DataSource managed && !same(managed, dataSource)) {
            throw new IllegalStateException("learning-society: the transaction manager '" + transactionManagerName
                    + "' manages another DataSource than the library's ('" + dataSourceName + "'), so the library's"
                    + " writes would commit one statement at a time, outside any transaction. Declare a transaction"
                    + " manager on '" + dataSourceName + "' named or qualified '" + TRANSACTION_MANAGER + "'.");
        }
        this.dataSource = dataSource;
        this.dataSourceName = dataSourceName;
        this.transactionManager = transactionManager;
    }

    /** The library's DataSource and transaction manager among {@code beans}, by the rules above. */
    public static LearningSocietyDatabase of(ListableBeanFactory beans) {
        String dataSource = choose(beans, DataSource.class, DATA_SOURCE, ENGINE_DATA_SOURCE);
        String transactionManager = choose(beans, PlatformTransactionManager.class, TRANSACTION_MANAGER,
                ENGINE_TRANSACTION_MANAGER);
        return new LearningSocietyDatabase(beans.getBean(dataSource, DataSource.class), dataSource,
                beans.getBean(transactionManager, PlatformTransactionManager.class), transactionManager);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The bean name of {@link #dataSource()}, for messages. */
    public String dataSourceName() {
        return dataSourceName;
    }

    public PlatformTransactionManager transactionManager() {
        return transactionManager;
    }

    /**
     * Whether {@code other} is this DataSource: the same object, or one of them Spring's
     * {@link TransactionAwareDataSourceProxy} around the other (as Camunda's engine wraps the DataSource
     * it is given), so that a connection taken from either joins the other's transaction.
     */
    public boolean isOn(DataSource other) {
        return same(dataSource, other);
    }

    static boolean same(DataSource one, DataSource other) {
        return unwrap(one) == unwrap(other);
    }

    private static DataSource unwrap(DataSource dataSource) {
        DataSource current = dataSource;
        while (current instanceof TransactionAwareDataSourceProxy proxy && proxy.getTargetDataSource() != null) {
            current = proxy.getTargetDataSource();
        }
        return current;
    }

    private static String choose(ListableBeanFactory beans, Class<?> type, String libraryQualifier,
            String engineQualifier) {
        // as Spring injects: a scoped proxy's target and a bean marked autowireCandidate=false are no candidates
        String[] names = Arrays.stream(BeanFactoryUtils.beanNamesForTypeIncludingAncestors(beans, type))
                .filter(name -> definition(beans, name) == null || definition(beans, name).isAutowireCandidate())
                .toArray(String[]::new);
        String library = qualified(beans, names, libraryQualifier, type);
        if (library != null) {
            return library;
        }
        String engine = qualified(beans, names, engineQualifier, type);
        if (engine != null) {
            return engine;
        }
        // without a qualifier, a bean marked defaultCandidate=false is no candidate either
        names = Arrays.stream(names)
                .filter(name -> !(definition(beans, name) instanceof AbstractBeanDefinition bean)
                        || bean.isDefaultCandidate())
                .toArray(String[]::new);
        if (names.length == 1) {
            return names[0];
        }
        String[] primary = Arrays.stream(names).filter(name -> isPrimary(beans, name)).toArray(String[]::new);
        if (primary.length == 1) {
            return primary[0];
        }
        throw new IllegalStateException("learning-society: the application has " + names.length + " "
                + type.getSimpleName() + " beans " + Arrays.toString(names) + " and none is @Primary or named '"
                + libraryQualifier + "'. Name or @Qualifier(\"" + libraryQualifier + "\") the one the library's "
                + "tables live in: the engine's, so that the library's writes share the engine's transactions.");
    }

    private static String qualified(ListableBeanFactory beans, String[] names, String qualifier, Class<?> type) {
        Predicate<String> matches = qualifier::equals;
        String[] qualified = Arrays.stream(names)
                .filter(name -> BeanFactoryAnnotationUtils.isQualifierMatch(matches, name, beans))
                .toArray(String[]::new);
        if (qualified.length > 1) {
            throw new IllegalStateException("learning-society: " + qualified.length + " " + type.getSimpleName()
                    + " beans " + Arrays.toString(qualified) + " are named or qualified '" + qualifier
                    + "'; keep one.");
        }
        return qualified.length == 1 ? qualified[0] : null;
    }

    private static boolean isPrimary(ListableBeanFactory beans, String name) {
        BeanDefinition definition = definition(beans, name);
        return definition != null && definition.isPrimary();
    }

    /** The bean's definition in {@code beans} itself, if it has one there. */
    private static BeanDefinition definition(ListableBeanFactory beans, String name) {
        return beans instanceof ConfigurableListableBeanFactory configurable && configurable.containsBeanDefinition(name)
                ? configurable.getBeanDefinition(name) : null;
    }
}
