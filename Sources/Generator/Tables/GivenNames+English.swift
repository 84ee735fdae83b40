/// English given names (GB and US), most popular first, with the nicknames and diminutives people
/// actually use for them. One line per name: `Name: nick, nick`.
extension RawTables {
    static let englishMale = """
        James: Jim, Jimmy, Jamie
        John: Jack, Johnny, Jon
        Robert: Bob, Rob, Bobby, Robbie, Bert
        Michael: Mike, Mick, Mikey
        William: Bill, Will, Billy, Liam
        David: Dave, Davy
        Richard: Rick, Rich, Richie, Dick
        Joseph: Joe, Joey
        Thomas: Tom, Tommy
        Charles: Charlie, Chuck, Chas
        Christopher: Chris, Kit
        Daniel: Dan, Danny
        Matthew: Matt, Matty
        Anthony: Tony, Ant
        Mark: Marky
        Donald: Don, Donnie
        Steven: Steve, Stevie
        Paul:
        Andrew: Andy, Drew
        Joshua: Josh
        Kenneth: Ken, Kenny
        Kevin: Kev
        Brian:
        George: Georgie
        Timothy: Tim, Timmy
        Ronald: Ron, Ronnie
        Edward: Ed, Eddie, Ted, Ned
        Jason:
        Jeffrey: Jeff
        Ryan:
        Jacob: Jake
        Gary: Gaz
        Nicholas: Nick, Nicky
        Eric:
        Jonathan: Jon, Jonny
        Stephen: Steve, Stevie
        Lawrence: Larry, Laurie
        Justin:
        Scott: Scotty
        Brandon:
        Benjamin: Ben, Benny
        Samuel: Sam, Sammy
        Gregory: Greg
        Alexander: Alex, Al, Sandy
        Frank: Frankie
        Patrick: Pat, Paddy
        Raymond: Ray
        Jack: Jackie
        Dennis: Denny
        Gerald: Gerry, Jerry
        Tyler:
        Aaron:
        Henry: Harry, Hank
        Peter: Pete
        Douglas: Doug, Dougie
        Harold: Harry, Hal
        Oliver: Ollie
        Harry:
        Charlie:
        Alfie:
        Leo:
        Arthur: Art, Artie
        Frederick: Fred, Freddie
        Theodore: Ted, Theo
        Archie:
        Oscar: Ozzy
        Noah:
        Liam:
        Ethan:
        Lucas: Luke
        Nathan: Nate, Nat
        Zachary: Zach, Zack
        Walter: Walt, Wally
        Terence: Terry
        Nigel:
        Graham:
        Alan: Al
        Colin:
        Ian:
        Keith:
        Trevor: Trev
        Stuart: Stu
        Neil:
        Philip: Phil, Pip
        Albert: Al, Bert
        Vincent: Vince, Vinny
        Francis: Frank, Frankie
        Ernest: Ernie
        Eugene: Gene
        Rhys:
        Owen:
        Dylan:
        Callum: Cal
        Connor:
        Declan: Dec
        Cameron: Cam
        Jeremy: Jerry, Jez
        Marcus: Marc
        Sebastian: Seb
        Dominic: Dom
        Gabriel: Gabe
        Seamus:
        """

    static let englishFemale = """
        Mary: Molly, Polly, Mae
        Patricia: Pat, Patty, Trish
        Jennifer: Jen, Jenny
        Linda: Lindy
        Elizabeth: Liz, Beth, Betty, Lizzie, Eliza, Libby
        Barbara: Barb, Babs
        Susan: Sue, Susie
        Jessica: Jess, Jessie
        Sarah: Sally
        Karen:
        Nancy:
        Lisa:
        Margaret: Peggy, Maggie, Meg, Marge
        Sandra: Sandy
        Ashley: Ash
        Kimberly: Kim
        Emily: Em, Emmy
        Donna:
        Michelle: Shelly
        Dorothy: Dot, Dottie
        Carol:
        Amanda: Mandy
        Melissa: Mel, Missy
        Deborah: Debbie, Deb
        Stephanie: Steph
        Rebecca: Becky, Becca
        Sharon: Shaz
        Laura:
        Cynthia: Cindy
        Kathleen: Kathy, Kath
        Amy:
        Angela: Angie
        Helen: Nell, Nellie
        Anna: Annie
        Brenda:
        Pamela: Pam
        Nicole: Nikki
        Samantha: Sam, Sammy
        Katherine: Kate, Katie, Kathy, Kat
        Christine: Chris, Chrissy
        Emma: Em
        Rachel:
        Victoria: Vicky, Tori
        Alexandra: Alex, Lexi
        Charlotte: Lottie, Charlie
        Olivia: Liv, Livvy
        Amelia: Millie
        Isla:
        Sophie:
        Jacqueline: Jackie
        Abigail: Abby, Gail
        Hannah:
        Lucy:
        Grace: Gracie
        Chloe:
        Zoë: Zo
        Eleanor: Ellie, Nora
        Florence: Flo, Florrie
        Evelyn: Evie
        Harriet: Hattie
        Josephine: Jo, Josie
        Judith: Judy
        Joan:
        Gillian: Gill, Jill
        Theresa: Tess, Terri
        Caroline: Carrie
        Louise: Lou
        Frances: Fran, Frankie
        Gwendolyn: Gwen
        Janet: Jan
        Joanne: Jo
        Kirsty:
        Siobhan:
        Megan: Meg
        Natalie: Nat
        Penelope: Penny
        Jane:
        Christina: Tina
        Virginia: Ginny
        Wendy:
        Chloë:
        """
}
