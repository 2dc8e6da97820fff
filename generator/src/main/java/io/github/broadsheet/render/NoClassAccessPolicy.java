package io.github.broadsheet.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.DefaultMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Freemarker's default member access policy, minus {@code getClass()}: templates read views and strings, and
 * nothing a theme needs starts at an object's class. The default policy already refuses class loaders and
 * resources, but {@code ${article.class.protectionDomain}} still printed where the generator's jar lies on the
 * build machine.
 */
final class NoClassAccessPolicy implements MemberAccessPolicy {

    private final MemberAccessPolicy defaults = DefaultMemberAccessPolicy.getInstance(Configuration.VERSION_2_3_34);

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> type) {
        ClassMemberAccessPolicy members = defaults.forClass(type);
        return new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
                return !method.getName().equals("getClass") && members.isMethodExposed(method);
            }

            @Override
            public boolean isConstructorExposed(Constructor<?> constructor) {
                return members.isConstructorExposed(constructor);
            }

            @Override
            public boolean isFieldExposed(Field field) {
                return members.isFieldExposed(field);
            }
        };
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return defaults.isToStringAlwaysExposed();
    }
}
