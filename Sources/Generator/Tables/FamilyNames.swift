/// Family names per culture, most common first (the generator draws them with Zipf-like weights,
/// so the first few dominate). Includes particles (van der Berg, de la Fuente), Gaelic forms
/// (O'Brien, McDonald), double-barrelled names and accented letters.
extension RawTables {
    static let englishFamily = """
        Smith, Johnson, Jones, Williams, Brown, Taylor, Davies, Miller, Wilson, Evans, Thomas, \
        Moore, Roberts, Walker, Wright, Robinson, Thompson, White, Hughes, Edwards, Green, Hall, \
        Wood, Harris, Lewis, Martin, Jackson, Clarke, Clark, Turner, Hill, Scott, Cooper, Morris, \
        Ward, King, Watson, Baker, Harrison, Morgan, Patel, Young, Allen, Mitchell, James, Anderson, \
        Phillips, Lee, Bell, Parker, Davis, Campbell, Carter, Adams, Nelson, Collins, Stewart, \
        Murphy, Cook, Rogers, Peterson, Bailey, Reed, Kelly, Howard, Kim, Cox, Richardson, Brooks, \
        Bennett, Gray, Price, Sanders, Myers, Long, Ross, Foster, O'Brien, O'Connor, O'Neill, \
        O'Sullivan, McDonald, MacDonald, McCarthy, McKenzie, MacLeod, Fitzgerald, Murray, Kennedy, \
        Graham, Reid, Ferguson, Henderson, Fraser, Hamilton, Gallagher, Doherty, Quinn, Byrne, \
        Ryan, Walsh, Lloyd, Griffiths, Owen, Jenkins, Rees, Powell, Khan, Ali, Hussain, Begum, \
        Shah, Singh, Kaur, Chen, Wong, Nguyen, Kowalski, Nowak, D'Souza, St. John, Taylor-Johnson, \
        Clarke-Williams, Owen-Jones, Jones-Parry, Bowes-Lyon, Fox-Pitt, Van Buren, De Souza, \
        Sutherland, Chapman, Mason, Hunt, Holmes, Palmer, Mills, Barnes, Knight, Butler, Russell, \
        Marshall, Stevens, Dixon, Shaw, Webb, Simpson, Ellis, Fisher, Gibson, Grant, Hayes, \
        Armstrong, Barker, Bradley, Burton, Fletcher, Lawrence, Matthews, Spencer, Wallace, Hart
        """

    static let germanFamily = """
        Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, \
        Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, \
        Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Schmitz, Krause, Meier, Lehmann, \
        Schmid, Schulze, Maier, Köhler, Herrmann, König, Walter, Mayer, Huber, Kaiser, Fuchs, \
        Peters, Lang, Scholz, Möller, Weiß, Jung, Hahn, Schubert, Vogel, Friedrich, Keller, \
        Günther, Frank, Berger, Winkler, Roth, Beck, Lorenz, Baumann, Franke, Albrecht, Böhm, \
        Krämer, Jäger, Groß, Kühn, van der Berg, van den Bosch, von Bülow, von der Heide, \
        Müller-Lüdenscheidt, Schmidt-Weber, Ostermann, Dreßler
        """

    static let frenchFamily = """
        Martin, Bernard, Thomas, Petit, Robert, Richard, Durand, Dubois, Moreau, Laurent, Simon, \
        Michel, Lefèvre, Leroy, Roux, David, Bertrand, Morel, Fournier, Girard, Bonnet, Dupont, \
        Lambert, Fontaine, Rousseau, Vincent, Muller, Lefebvre, Faure, André, Mercier, Blanc, \
        Guérin, Boyer, Garnier, Chevalier, François, Legrand, Gauthier, Garcia, Perrin, Robin, \
        Clément, Morin, Nicolas, Henry, Roussel, Mathieu, Gautier, Masson, Marchand, Duval, \
        Denis, Dumont, Lemaire, Noël, Dufour, Meunier, Brun, Le Gall, Le Roux, Le Goff, \
        Da Silva, Saint-Martin, de la Fontaine, Prévost, Lévêque, Barthélemy, Maréchal, Ménard
        """

    static let spanishFamily = """
        García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín, \
        Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, \
        Navarro, Torres, Domínguez, Vázquez, Ramos, Gil, Ramírez, Serrano, Blanco, Molina, \
        Morales, Suárez, Ortega, Delgado, Castro, Ortiz, Rubio, Marín, Sanz, Núñez, Iglesias, \
        Medina, Garrido, Cortés, Castillo, Santos, Lozano, Guerrero, Cano, Prieto, Méndez, Cruz, \
        Calvo, Gallego, Vidal, León, Márquez, Herrera, Peña, Flores, Cabrera, Campos, Vega, \
        Fuentes, Carrasco, Reyes, Ibáñez, Ferrer, de la Fuente, del Río, de la Cruz, Ordóñez
        """
}
