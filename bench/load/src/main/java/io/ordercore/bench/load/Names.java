package io.ordercore.bench.load;

/** Plausible Russian names, so prefix filters and keys behave as on real data. */
final class Names {

    static final String[] FIRST = {"Ivan", "Maria", "Alexey", "Olga", "Dmitry", "Anna", "Sergey", "Elena", "Nikolai",
        "Tatiana", "Pavel", "Irina", "Andrey", "Natalia", "Mikhail", "Svetlana", "Yuri", "Ekaterina", "Boris", "Daria"};
    static final String[] LAST = {"Ivanov", "Petrova", "Smirnov", "Kuznetsova", "Popov", "Vasilieva", "Sokolov",
        "Mikhailova", "Novikov", "Fedorova", "Morozov", "Volkova", "Alekseev", "Lebedeva", "Semenov", "Egorova"};
    static final String[] CITIES = {"Moscow", "Saint Petersburg", "Kazan", "Novosibirsk", "Yekaterinburg", "Samara"};

    private Names() {
    }
}
