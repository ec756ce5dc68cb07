-- The conversations (Rasa's tracker store) live beside the directory, in a database of their own.
CREATE DATABASE mednav_conversations OWNER mednav;
